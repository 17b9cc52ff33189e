import { importShard } from '../helpers/shard.ts';

// Half the unit test files, in one process (see shard.ts).
await importShard('unit', 0, 2);
