// One worker thread that checks files one after another; cancellation goes through shared memory
// because the worker is busy in synchronous code and cannot read messages meanwhile. Where there
// is no shared memory (a browser page that is not cross-origin isolated, as the web extension
// host is), a cancelled check is abandoned instead: its promise rejects at once and the worker's
// answer, when it comes, is dropped.
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import { CancelledError, type CancellationSignal, type FileReport } from '../types';
import { WorkerChannel } from './channel';
import type { CheckRequest, CheckResponse } from './protocol';
import type { SpawnThread } from './thread';

interface Pending {
  resolve(r: FileReport): void;
  reject(e: Error): void;
  /** [0]: 1 cancelled, 2 done; over shared memory when there is some */
  flag: Int32Array;
}

export class EngineWorker {
  private nextId = 1;
  private readonly channel: WorkerChannel<CheckRequest, CheckResponse, Pending>;

  constructor(spawn: SpawnThread) {
    this.channel = new WorkerChannel(spawn, 'engine worker', (p, res) => {
      Atomics.compareExchange(p.flag, 0, 0, 2);   // done: stops watchCancel's polling
      if (res.ok) { p.resolve(res.report); } else { p.reject(res.cancelled ? new CancelledError() : new Error(res.error)); }
    });
  }

  check(
    input: { path: string; bytes: Uint8Array; metadata?: ResolvedMetadata | null },
    options: EngineOptions = {},
  ): Promise<FileReport> {
    const { signal, ...rest } = options;
    const cancel = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : null;
    const flag = new Int32Array(cancel ?? new ArrayBuffer(4));
    const id = this.nextId++;
    const req: CheckRequest = { id, path: input.path, bytes: input.bytes, metadata: input.metadata ?? null, options: rest, cancel };
    return new Promise<FileReport>((resolve, reject) => {
      const pending = { resolve, reject, flag };
      watchCancel(signal, flag, cancel ? undefined : () => { this.channel.forget(id); reject(new CancelledError()); });
      this.channel.send(id, pending, req);
    });
  }

  dispose(): void {
    this.channel.stop(p => { Atomics.store(p.flag, 0, 1); p.reject(new CancelledError()); });
  }
}

/**
 * Polls a caller's signal (a VS Code token adapter, say) and raises the worker's flag; without
 * shared memory, `abandon` is called instead.
 */
function watchCancel(signal: CancellationSignal | undefined, flag: Int32Array, abandon?: () => void): void {
  if (!signal) { return; }
  const cancelled = () => {
    if (Atomics.compareExchange(flag, 0, 0, 1) === 0) { abandon?.(); }
  };
  if (signal.aborted) { cancelled(); return; }
  const timer = setInterval(() => {
    if (signal.aborted) { cancelled(); }
    if (signal.aborted || Atomics.load(flag, 0) === 2) { clearInterval(timer); }
  }, 50);
  // node: the poll alone does not keep the process alive (a browser timer is a number)
  (timer as { unref?(): void }).unref?.();
}
