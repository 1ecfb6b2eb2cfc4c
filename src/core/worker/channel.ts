// A worker thread started on first use (and again after it exits) that answers requests by id;
// in node it keeps the process alive only while a request is pending. The engine's check worker
// and the table preview's worker both talk through one; how a thread is started is the
// platform's (thread.ts: worker_threads in node, a Web Worker in the browser).
import type { SpawnThread, WorkerThread } from './thread';

export class WorkerChannel<Req, Res extends { id: number }, P extends { reject(e: Error): void }> {
  private worker: WorkerThread | null = null;
  private readonly pending = new Map<number, P>();

  /**
   * `settle` gets each answer with what was waiting for it; `progress`, when given, sees every
   * message first and returns true for one that is news about a request, not its answer
   */
  constructor(
    private readonly spawn: SpawnThread,
    private readonly label: string,
    private readonly settle: (waiting: P, res: Res) => void,
    private readonly progress?: (waiting: P, message: Res) => boolean,
  ) {}

  send(id: number, waiting: P, req: Req, transfer: ArrayBuffer[] = []): void {
    this.pending.set(id, waiting);
    const w = this.ensure();
    w.ref?.();   // a pending request keeps the process alive; an idle worker does not
    w.postMessage(req, transfer);
  }

  /** Drops a request: its answer, when it comes, is ignored (what was waiting is not told). */
  forget(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) { this.worker?.unref?.(); }
  }

  /** starts the thread ahead of the first request (its script loads while the caller reads a file) */
  warm(): void {
    this.ensure();
  }

  /** ends the thread; `abandon` tells each waiting request why */
  stop(abandon: (waiting: P) => void): void {
    for (const p of this.pending.values()) { abandon(p); }
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensure(): WorkerThread {
    if (this.worker) { return this.worker; }
    const w: WorkerThread = this.spawn({
      message: res => this.answer(res as Res),
      error: e => this.failAll(e),
      exit: code => {
        if (this.worker === w) { this.worker = null; }
        if (code !== 0) { this.failAll(new Error(`${this.label} exited with ${code}`)); }
      },
    });
    w.unref?.();
    this.worker = w;
    return w;
  }

  private answer(res: Res): void {
    const p = this.pending.get(res.id);
    if (!p || this.progress?.(p, res)) { return; }
    this.pending.delete(res.id);
    if (this.pending.size === 0) { this.worker?.unref?.(); }
    this.settle(p, res);
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) { p.reject(e); }
    this.pending.clear();
  }
}
