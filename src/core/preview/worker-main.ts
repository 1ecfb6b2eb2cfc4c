// The table preview's node worker thread (dist/preview-worker.js); the browser's is
// web-worker-main.ts. The work itself is serve.ts.
import { nodeOwner } from '../worker/node-thread';
import { servePreviews } from './serve';

const owner = nodeOwner();
if (owner) { servePreviews(owner); }
