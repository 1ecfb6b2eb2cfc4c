// Rows leave the classifier in file order, though some can only be decided by the rows after
// them (a group's first row, a one-cell row): those are held (Row.held), and every row behind
// the first held one waits with it.
import type { Row } from './row';

/** rows waiting behind an undecided one, at most; then the classifier decides the oldest by default */
export const MAX_HELD = 5000;

export class HeldQueue {
  private queue: Row[] = [];
  private head = 0;
  private heldCount = 0;
  /** data rows sent so far */
  dataRows = 0;

  constructor(private readonly emit: (row: Row) => void) {}

  /** a row whose role waits for the rows after it */
  hold(row: Row): void {
    if (!row.held) { row.held = true; this.heldCount++; }
  }

  decided(row: Row): void {
    if (row.held) { row.held = false; this.heldCount--; }
  }

  /** a row out: at once, or queued after the undecided rows before it; true when the queue is full */
  push(row: Row): boolean {
    if (this.heldCount === 0 && this.head === this.queue.length) {
      this.send(row);
      return false;
    }
    this.queue.push(row);
    return this.queue.length - this.head >= MAX_HELD;
  }

  /** sends the decided rows at the front */
  flush(): void {
    const q = this.queue;
    while (this.head < q.length && !q[this.head].held) { this.send(q[this.head++]); }
    if (this.head === q.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024) {
      this.queue = q.slice(this.head);
      this.head = 0;
    }
  }

  private send(row: Row): void {
    if (row.role === 'data') { this.dataRows++; }
    this.emit(row);
  }
}
