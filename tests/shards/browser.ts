import { importShard } from '../helpers/shard.ts';

// Every browser test file, in one process with one Chromium (see shard.ts).
await importShard('browser', 0, 1);
