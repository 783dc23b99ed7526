// Entry of a geometry worker thread: the worker is TypeScript, and a worker does not inherit the
// parent's tsx loader (on Node 20 not even through `execArgv: ['--import', 'tsx']`), so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./geometry-worker.ts');
