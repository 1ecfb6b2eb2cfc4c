// The table preview's worker in the browser (dist/web/preview-worker.js), started from a Blob.
import { webOwner } from '../worker/web-thread';
import { servePreviews } from './serve';

servePreviews(webOwner());
