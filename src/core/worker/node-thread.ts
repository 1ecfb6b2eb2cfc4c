// Threads for node (the node extension host, the CLI, the tests): worker_threads.
import { parentPort, Worker } from 'node:worker_threads';
import type { OwnerPort, SpawnThread } from './thread';

/** A thread running `script` (a bundled worker in dist/). */
export function nodeThread(script: string): SpawnThread {
  return events => {
    const w = new Worker(script);
    w.on('message', data => events.message(data));
    w.on('error', e => events.error(e));
    w.on('exit', code => events.exit(code));
    return {
      postMessage: (m, transfer) => w.postMessage(m, transfer),
      terminate: () => { void w.terminate(); },
      ref: () => w.ref(),
      unref: () => w.unref(),
    };
  };
}

/** The owner of the thread this script runs in; null outside a worker thread. */
export function nodeOwner(): OwnerPort | null {
  const port = parentPort;
  if (!port) { return null; }
  return {
    onMessage: listener => { port.on('message', listener); },
    postMessage: (m, transfer) => port.postMessage(m, transfer),
  };
}
