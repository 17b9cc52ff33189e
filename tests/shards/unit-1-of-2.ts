import { importUnitShard } from '../helpers/unit-shard.ts';

// Half the unit test files, in one process (see unit-shard.ts).
await importUnitShard(0, 2);
