import { importUnitShard } from '../helpers/unit-shard.ts';

// The other half of the unit test files, in one process (see unit-shard.ts).
await importUnitShard(1, 2);
