// One worker thread that checks files one after another; cancellation goes through shared memory
// because the worker is busy in synchronous code and cannot read messages meanwhile.
import { Worker } from 'node:worker_threads';
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import { CancelledError, type CancellationSignal, type FileReport } from '../types';
import type { CheckRequest, CheckResponse } from './protocol';

interface Pending {
  resolve(r: FileReport): void;
  reject(e: Error): void;
  flag: Int32Array;
}

export class EngineWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerScript: string) {}

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
      this.pending.set(id, { resolve, reject, flag });
      watchCancel(signal, flag);
      const w = this.ensure();
      w.ref();   // a pending check keeps the process alive; an idle worker does not
      w.postMessage(req);
    });
  }

  dispose(): void {
    for (const p of this.pending.values()) { Atomics.store(p.flag, 0, 1); p.reject(new CancelledError()); }
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = null;
  }

  private ensure(): Worker {
    if (this.worker) { return this.worker; }
    const w = new Worker(this.workerScript);
    w.on('message', (res: CheckResponse) => this.settle(res));
    w.on('error', e => this.failAll(e));
    w.on('exit', code => { if (this.worker === w) { this.worker = null; } if (code !== 0) { this.failAll(new Error(`engine worker exited with ${code}`)); } });
    w.unref();
    this.worker = w;
    return w;
  }

  private settle(res: CheckResponse): void {
    const p = this.pending.get(res.id);
    if (!p) { return; }
    this.pending.delete(res.id);
    if (this.pending.size === 0) { this.worker?.unref(); }
    Atomics.compareExchange(p.flag, 0, 0, 2);   // done: stops watchCancel's polling
    if (res.ok) { p.resolve(res.report); } else { p.reject(res.cancelled ? new CancelledError() : new Error(res.error)); }
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) { p.reject(e); }
    this.pending.clear();
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
