// The owner's side of the preview worker: one thread for every open preview, started on first
// use; each preview is a session in it. The thread does not keep the process alive while idle.
// The platform starts it (worker/thread.ts).
import { WorkerChannel } from '../worker/channel';
import type { SpawnThread } from '../worker/thread';
import type { PreviewHead } from './model';
import type { PreviewCall, PreviewCalls, PreviewProgress, PreviewRequest, PreviewResponse } from './worker-protocol';

interface Waiting { resolve(v: unknown): void; reject(e: Error): void; head?: (h: PreviewHead) => void }

export class PreviewWorker {
  private nextId = 1;
  private nextSession = 1;
  private readonly channel: WorkerChannel<PreviewRequest, PreviewResponse | PreviewProgress, Waiting>;

  constructor(spawn: SpawnThread) {
    this.channel = new WorkerChannel(spawn, 'preview worker', (w, res) => {
      if (!('ok' in res)) { return; }
      if (res.ok) { w.resolve(res.result); } else { w.reject(new Error(res.error)); }
    }, (w, m) => {
      if (!('head' in m)) { return false; }
      w.head?.(m.head);
      return true;
    });
  }

  /** a new session id (a preview keeps its id while its file changes); the thread starts meanwhile */
  newSession(): number {
    this.channel.warm();
    return this.nextSession++;
  }

  /** `head`: for an `open` of a big table, its first rows while the rest is read */
  call<K extends PreviewCall>(session: number, call: K, args: PreviewCalls[K]['args'], head?: (h: PreviewHead) => void): Promise<PreviewCalls[K]['result']> {
    const id = this.nextId++;
    const req = { id, session, call, args } as PreviewRequest;
    return new Promise((resolve, reject) => {
      this.channel.send(id, { resolve: v => resolve(v as PreviewCalls[K]['result']), reject, head }, req, transferable(req));
    });
  }

  dispose(): void {
    this.channel.stop(w => w.reject(new Error('the preview worker was stopped')));
  }
}

/** a file's bytes move to the worker instead of being copied, when they own their buffer */
function transferable(req: PreviewRequest): ArrayBuffer[] {
  if (req.call !== 'open') { return []; }
  const b = req.args.input.bytes;
  return b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? [b.buffer] : [];
}
