// Threads for the browser (VS Code for the Web): a Web Worker. The web extension host is itself a
// worker in an iframe; a worker it starts from its extension's URL is refused there ("Creating
// workers from remote extensions is currently not supported"), so the script's code is read
// first and the worker starts from a Blob URL of it. Messages posted meanwhile wait for it.
import type { OwnerPort, SpawnThread, WorkerThread } from './thread';

/** The parts of the DOM's Worker used here (the project compiles without the DOM library). */
interface BrowserWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void;
  addEventListener(type: 'message' | 'messageerror', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (e: { message: string; preventDefault(): void }) => void): void;
}

function startWorker(url: string): BrowserWorker {
  const { Worker } = globalThis as unknown as { Worker: new (url: string) => BrowserWorker };
  return new Worker(url);
}

/** A Web Worker running the code that `source` reads (the bundled worker's bytes). */
export function webThread(source: () => Promise<Uint8Array>): SpawnThread {
  return events => {
    let worker: BrowserWorker | null = null;
    let url = '';
    let ended = false;
    const queued: [unknown, ArrayBuffer[] | undefined][] = [];
    source().then(code => {
      if (ended) { return; }
      url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const w = startWorker(url);
      w.addEventListener('message', e => events.message(e.data));
      w.addEventListener('error', e => { e.preventDefault(); events.error(new Error(e.message || 'worker script error')); });
      w.addEventListener('messageerror', () => events.error(new Error('a message could not be read')));
      worker = w;
      for (const [m, transfer] of queued.splice(0)) { w.postMessage(m, transfer ?? []); }
    }).catch((e: unknown) => events.error(e instanceof Error ? e : new Error(String(e))));
    const thread: WorkerThread = {
      postMessage: (m, transfer) => {
        if (worker) { worker.postMessage(m, transfer ?? []); } else { queued.push([m, transfer]); }
      },
      terminate: () => {
        ended = true;
        queued.length = 0;
        worker?.terminate();
        worker = null;
        if (url) { URL.revokeObjectURL(url); }
      },
    };
    return thread;
  };
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}

/** The owner of the Web Worker this script runs in. */
export function webOwner(): OwnerPort {
  const scope = globalThis as unknown as WorkerScope;
  return {
    onMessage: listener => scope.addEventListener('message', e => listener(e.data)),
    postMessage: (m, transfer) => scope.postMessage(m, transfer ?? []),
  };
}
