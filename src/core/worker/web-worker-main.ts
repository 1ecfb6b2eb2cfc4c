// The check worker in the browser (dist/web/worker.js): a Web Worker started by the web extension
// host from a Blob of this bundle (web-thread.ts).
import { serveChecks } from './serve-checks';
import { webOwner } from './web-thread';

serveChecks(webOwner());
