// One worker thread that checks files one after another; cancellation goes through shared memory
// because the worker is busy in synchronous code and cannot read messages meanwhile.
import { Worker } from 'node:worker_threads';
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import { CancelledError, type CancellationSignal, type EncodingInfo, type FileFormat, type FileReport } from '../types';
import type { TextFix } from '../fixes';
import type { BytesRequest, CheckRequest, CheckResponse, FixesRequest, TextRequest } from './protocol';

/** a report, and the encoding it took the file on disk to be in */
export interface WorkerOutcome {
  report: FileReport;
  encoding: EncodingInfo;
}

interface Pending {
  resolve(r: WorkerOutcome | TextFix[]): void;
  reject(e: Error): void;
  flag: Int32Array;
}

export class EngineWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerScript: string) {}

  /** a file's bytes */
  check(
    input: { path: string; bytes: Uint8Array; metadata?: ResolvedMetadata | null },
    options: EngineOptions = {},
  ): Promise<FileReport> {
    return this.send<WorkerOutcome>(options, { kind: 'bytes', path: input.path, bytes: input.bytes, metadata: input.metadata ?? null }).then(o => o.report);
  }

  /**
   * An editor's text, with the encoding of the file on disk when it is known, else the file's
   * bytes to detect it from. The owner's thread only encodes the text, a piece per turn of its
   * event loop (no detection, no check, no copy of a long string in one go).
   */
  async checkText(
    input: { path: string; text: string; encoding: EncodingInfo | null; disk: Uint8Array | null; metadata?: ResolvedMetadata | null },
    options: EngineOptions = {},
  ): Promise<WorkerOutcome> {
    const utf8 = await encodeInTurns(input.text, options.signal);
    return this.send<WorkerOutcome>(options, { kind: 'text', path: input.path, utf8, encoding: input.encoding, disk: input.disk, metadata: input.metadata ?? null });
  }

  /** the verified text fixes of an editor's text (a big document's, off the owner's thread) */
  textFixes(input: { path: string; text: string; format: FileFormat }): Promise<TextFix[]> {
    return this.send<TextFix[]>({}, { kind: 'fixes', path: input.path, text: input.text, format: input.format, metadata: null });
  }

  private send<T extends WorkerOutcome | TextFix[]>(
    options: EngineOptions,
    req: Omit<BytesRequest, 'id' | 'options' | 'cancel'> | Omit<TextRequest, 'id' | 'options' | 'cancel'> | Omit<FixesRequest, 'id' | 'options' | 'cancel'>,
  ): Promise<T> {
    const { signal, ...rest } = options;
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const id = this.nextId++;
    const full = { ...req, id, options: rest, cancel } as CheckRequest;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: r => resolve(r as T), reject, flag });
      watchCancel(signal, flag);
      const w = this.ensure();
      w.ref();   // a pending check keeps the process alive; an idle worker does not
      // an editor's text is moved, not copied
      w.postMessage(full, full.kind === 'text' ? [full.utf8.buffer as ArrayBuffer] : []);
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
    if (res.ok) { p.resolve('fixes' in res ? res.fixes : { report: res.report, encoding: res.encoding }); } else { p.reject(res.cancelled ? new CancelledError() : new Error(res.error)); }
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) { p.reject(e); }
    this.pending.clear();
  }
}

/** characters encoded per turn of the event loop: a few milliseconds each */
const TURN = 1 << 20;

/** `text` as UTF-8, a piece per turn of the event loop; stops when `signal` says so */
async function encodeInTurns(text: string, signal: CancellationSignal | undefined): Promise<Uint8Array> {
  const out = new Uint8Array(text.length * 3);
  const encoder = new TextEncoder();
  let written = 0;
  for (let at = 0; at < text.length;) {
    let to = Math.min(text.length, at + TURN);
    // a surrogate pair stays whole
    if (to < text.length && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) { to--; }
    written += encoder.encodeInto(text.slice(at, to), out.subarray(written)).written;
    at = to;
    if (at < text.length) {
      await new Promise(r => setImmediate(r));
      if (signal?.aborted) { throw new CancelledError(); }
    }
  }
  return out.subarray(0, written);
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
