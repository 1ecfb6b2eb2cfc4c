// Runs the engine off the editor's thread: a 50 MB CSV, or typing in a 20 MB one, must never
// freeze the extension host.
// The node worker thread (dist/worker.js); the browser's is web-worker-main.ts.
import { nodeOwner } from './node-thread';
import { serveChecks } from './serve-checks';

const owner = nodeOwner();
if (owner) { serveChecks(owner); }
