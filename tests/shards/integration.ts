import { importAsSuites } from '../helpers/shard.ts';

// The integration test files listed in integration.list, in one process (see shard.ts).
await importAsSuites('tests/shards/integration.list');
