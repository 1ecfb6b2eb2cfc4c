// Totals written above their parts, inside a group: A.農、林、漁、牧業 over AA…AD, 臺灣地區 over its
// counties, with no keyword. Every record may be such a parent: it is watched while the records
// after it add up towards it, and decided as soon as they reach it (a parent), pass it or wander
// too far (a record). Only a few are watched at a time, and on the two key columns only (the
// first rows of a group on every numeric column), so a long table pays little.

import type { ColumnPrecision } from './sums';

/** records watched at once; the oldest is let go first */
const MAX_OPEN = 8;
/** a parent's parts follow it closely */
const MAX_SPAN = 60;
/** digits of evidence for a parent whose parts are checked on one column only */
const ONE_COLUMN_STRONG = 5;
const ONE_COLUMN_WEAK = 4;
/** prefix sums are compared at every row: a bit more evidence than for a sum checked once */
const STRONG = 3.5;
const WEAK = 2.5;

const NOTHING = { parents: [], released: [] };

export interface Watched<R> {
  row: R;
  readonly values: Float64Array;
  readonly sum: Float64Array;
  /** the slots its numbers were read on (and added to the other sums with) */
  slots: Int32Array;
  parts: number;
  firstLine: number;
  lastLine: number;
  /** the parts with a non-zero number */
  realParts: number;
  /** some part was read on the key columns only: compare those */
  partial: boolean;
}

export interface ParentVerdict<R> {
  watched: Watched<R>;
  /** how much evidence the match carries (digits of the matched numbers) */
  weak: boolean;
}

export class ParentWatch<R> {
  private open: Watched<R>[] = [];
  private readonly pool: Watched<R>[] = [];

  /** a watched record's object may be used again (its verdict has been read) */
  recycle(w: Watched<R>): void {
    if (this.pool.length < 2 * MAX_OPEN) { this.pool.push(w); }
  }

  constructor(
    private readonly size: number,
    private readonly precision: ColumnPrecision,
    private readonly allSlots: Int32Array,
    private readonly keySlots: Int32Array,
    /** per slot: the column holds negative numbers, so a sum that passed a record can come back */
    private readonly goesDown: Uint8Array,
  ) {}

  get watching(): number { return this.open.length; }

  /**
   * A record arrives: its numbers (NaN where not read) go into the sums of the records watched
   * before it. Returns the parents this record completes, and the records let go.
   */
  add(values: Float64Array, slots: Int32Array, line: number, endLine: number): { parents: ParentVerdict<R>[]; released: Watched<R>[] } {
    if (this.open.length === 0) { return NOTHING as { parents: ParentVerdict<R>[]; released: Watched<R>[] }; }
    const parents: ParentVerdict<R>[] = [];
    const released: Watched<R>[] = [];
    const keep: Watched<R>[] = [];
    for (const w of this.open) {
      let passed = false;
      let nonZero = false;
      for (let q = 0; q < slots.length; q++) {
        const k = slots[q];
        const x = values[k];
        if (x !== x) { continue; }
        w.sum[k] += x;
        if (x !== 0) { nonZero = true; }
        // passed for good: without negative numbers in the column, or far past it with them
        const over = w.sum[k] - w.values[k];
        if (w.values[k] >= 0 && over > this.precision.tolerance(k, 0) && (!this.goesDown[k] || over > Math.abs(w.values[k]))) { passed = true; }
      }
      w.parts++;
      // a part of zeros adds nothing: a copy of one record is no total of two
      if (nonZero) { w.realParts++; }
      w.lastLine = endLine;
      if (w.parts === 1) { w.firstLine = line; }
      if (slots.length < this.allSlots.length) { w.partial = true; }
      const compare = w.partial ? this.keySlots : this.allSlots;
      const score = passed ? 0 : this.match(w, compare);
      if (score > 0) {
        const single = this.counted(w, compare) === 1;
        const strong = single ? score >= ONE_COLUMN_STRONG : score >= STRONG;
        const weakEnough = single ? score >= ONE_COLUMN_WEAK : score >= WEAK;
        if (weakEnough) {
          parents.push({ watched: w, weak: !strong });
          continue;
        }
      }
      if (passed || (line - w.firstLine) > MAX_SPAN) { released.push(w); continue; }
      keep.push(w);
    }
    // a parent's numbers are inside the sums of the records watched before it: take them out
    for (const p of parents) {
      for (const w of keep) {
        for (let q = 0; q < slots.length; q++) {
          const k = slots[q];
          const v = p.watched.values[k];
          if (v === v) { w.sum[k] -= v; }
        }
      }
    }
    this.open = keep;
    return { parents, released };
  }

  /**
   * start watching a record; when too many are watched, the smallest is let go (the parts of a
   * total are smaller than it: 製造業 outlives its 25 sub-industries)
   */
  watch(row: R, values: Float64Array, slots: Int32Array, line: number): Watched<R> | null {
    // the objects are reused: a record let go returns its arrays to the pool
    const w = this.pool.pop() ?? { row, values: new Float64Array(this.size), sum: new Float64Array(this.size), slots, parts: 0, firstLine: 0, lastLine: 0, realParts: 0, partial: false };
    w.row = row;
    w.values.set(values);
    w.sum.fill(0);
    w.slots = slots;
    w.parts = 0;
    w.firstLine = line;
    w.lastLine = line;
    w.realParts = 0;
    w.partial = false;
    this.open.push(w);
    if (this.open.length <= MAX_OPEN) { return null; }
    let smallest = 0;
    for (let i = 1; i < this.open.length; i++) {
      if (this.size_(this.open[i]) < this.size_(this.open[smallest])) { smallest = i; }
    }
    return this.open.splice(smallest, 1)[0];
  }

  /** how big a watched record is, on the key columns */
  private size_(w: Watched<R>): number {
    let s = 0;
    for (let q = 0; q < this.keySlots.length; q++) {
      const v = w.values[this.keySlots[q]];
      if (v === v) { s += Math.abs(v); }
    }
    return s;
  }

  /** the group ended: every watched record is a record */
  releaseAll(): Watched<R>[] {
    const all = this.open;
    this.open = [];
    return all;
  }

  /** columns where the watched record has a non-zero number */
  private counted(w: Watched<R>, slots: Int32Array): number {
    let n = 0;
    for (let q = 0; q < slots.length; q++) {
      const v = w.values[slots[q]];
      if (v === v && v !== 0) { n++; }
    }
    return n;
  }

  /**
   * 0 unless the sum equals the watched record on every column where either is non-zero, with
   * two non-zero parts at least; else the digits of the matched numbers.
   */
  private match(w: Watched<R>, slots: Int32Array): number {
    if (w.realParts < 2) { return 0; }
    let digits = 0;
    let matched = 0;
    for (let q = 0; q < slots.length; q++) {
      const k = slots[q];
      const v = w.values[k];
      if (v !== v) { continue; }
      const s = w.sum[k];
      if (v === 0 && s === 0) { continue; }
      if (v === 0 || Math.abs(v - s) > this.precision.tolerance(k, v)) { return 0; }
      matched++;
      digits += this.precision.evidence(k, v);
    }
    return matched > 0 ? digits : 0;
  }
}
