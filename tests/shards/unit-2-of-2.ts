import { importShard } from '../helpers/shard.ts';

// The other half of the unit test files, in one process (see shard.ts).
await importShard('unit', 1, 2);
