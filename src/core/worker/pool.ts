// One worker thread that checks files one after another; cancellation goes through shared memory
// because the worker is busy in synchronous code and cannot read messages meanwhile.
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import { CancelledError, type CancellationSignal, type FileReport } from '../types';
import { WorkerChannel } from './channel';
import type { CheckRequest, CheckResponse } from './protocol';

interface Pending {
  resolve(r: FileReport): void;
  reject(e: Error): void;
  flag: Int32Array;
}

export class EngineWorker {
  private nextId = 1;
  private readonly channel: WorkerChannel<CheckRequest, CheckResponse, Pending>;

  constructor(workerScript: string) {
    this.channel = new WorkerChannel(workerScript, 'engine worker', (p, res) => {
      Atomics.compareExchange(p.flag, 0, 0, 2);   // done: stops watchCancel's polling
      if (res.ok) { p.resolve(res.report); } else { p.reject(res.cancelled ? new CancelledError() : new Error(res.error)); }
    });
  }

  check(
    input: { path: string; bytes: Uint8Array; metadata?: ResolvedMetadata | null },
    options: EngineOptions = {},
  ): Promise<FileReport> {
    const { signal, ...rest } = options;
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const id = this.nextId++;
    const req: CheckRequest = { id, path: input.path, bytes: input.bytes, metadata: input.metadata ?? null, options: rest, cancel };
    return new Promise<FileReport>((resolve, reject) => {
      watchCancel(signal, flag);
      this.channel.send(id, { resolve, reject, flag }, req);
    });
  }

  dispose(): void {
    this.channel.stop(p => { Atomics.store(p.flag, 0, 1); p.reject(new CancelledError()); });
  }
}

/** Polls a caller's signal (a VS Code token adapter, say) and raises the worker's flag. */
function watchCancel(signal: CancellationSignal | undefined, flag: Int32Array): void {
  if (!signal) { return; }
  if (signal.aborted) { Atomics.store(flag, 0, 1); return; }
  const timer = setInterval(() => {
    if (signal.aborted) { Atomics.store(flag, 0, 1); }
    if (signal.aborted || Atomics.load(flag, 0) === 2) { clearInterval(timer); }
  }, 50);
  timer.unref();
}
