// One worker thread that checks files one after another; cancellation goes through shared memory
// because the worker is busy in synchronous code and cannot read messages meanwhile. Where there
// is no shared memory (a browser page that is not cross-origin isolated, as the web extension
// host is), a cancelled check is abandoned instead: its promise rejects at once and the worker's
// answer, when it comes, is dropped.
import type { EngineOptions } from '../content-check';
import type { ResolvedMetadata } from '../metadata/model';
import { CancelledError, type CancellationSignal, type EncodingInfo, type FileFormat, type FileReport } from '../types';
import type { TextFix } from '../fixes';
import { WorkerChannel } from './channel';
import type { BytesRequest, CheckRequest, CheckResponse, FixesRequest, TextRequest } from './protocol';
import type { SpawnThread } from './thread';

/** a report, and the encoding it took the file on disk to be in */
export interface WorkerOutcome {
  report: FileReport;
  encoding: EncodingInfo;
}

interface Pending {
  resolve(r: WorkerOutcome | TextFix[]): void;
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
      if (res.ok) { p.resolve('fixes' in res ? res.fixes : { report: res.report, encoding: res.encoding }); } else { p.reject(res.cancelled ? new CancelledError() : new Error(res.error)); }
    });
  }

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
    const cancel = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : null;
    const flag = new Int32Array(cancel ?? new ArrayBuffer(4));
    const id = this.nextId++;
    const full = { ...req, id, options: rest, cancel } as CheckRequest;
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = { resolve: r => resolve(r as T), reject, flag };
      watchCancel(signal, flag, cancel ? undefined : () => { this.channel.forget(id); reject(new CancelledError()); });
      // an editor's text is moved, not copied
      this.channel.send(id, pending, full, full.kind === 'text' ? [full.utf8.buffer as ArrayBuffer] : []);
    });
  }

  dispose(): void {
    this.channel.stop(p => { Atomics.store(p.flag, 0, 1); p.reject(new CancelledError()); });
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
      await nextTurn();
      if (signal?.aborted) { throw new CancelledError(); }
    }
  }
  return out.subarray(0, written);
}

/** after what else waits on the event loop (a browser worker has no setImmediate) */
function nextTurn(): Promise<void> {
  return new Promise(r => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));
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
