// Running column sums, to recognise a total row that carries no keyword: its numbers are the sum
// of the rows above it (since the last total) or of the rows below it (a total right under the
// header). Memory: a few arrays as wide as the numeric columns.
//
// Speed: a group's first FULL_ROWS rows add every numeric column; after that only the key
// columns (the two most often non-zero), so a long table parses two numbers per row. A sum over
// that many rows is far above any single row, so the key columns alone decide there.

export const FULL_ROWS = 200;

export class ColumnSums {
  readonly sums: Float64Array;
  /** how many of the added rows had a non-zero number in each column */
  readonly nonZero: Uint32Array;
  count = 0;
  fromLine = 0;
  toLine = 0;
  /** only the key columns are still summed */
  partial = false;

  constructor(width: number) {
    this.sums = new Float64Array(width);
    this.nonZero = new Uint32Array(width);
  }

  /** add the row's numbers in `slots` (all the numeric columns, or only the key ones) */
  add(values: Float64Array, slots: Int32Array, full: boolean, line: number, endLine: number): void {
    const s = this.sums;
    for (let q = 0; q < slots.length; q++) {
      const k = slots[q];
      const v = values[k];
      if (v === v && v !== 0) { s[k] += v; this.nonZero[k]++; }
    }
    if (!full) { this.partial = true; }
    if (this.count === 0) {
      this.fromLine = line;
      this.toLine = endLine;
    } else {
      // a held row may be added after the rows below it
      if (line < this.fromLine) { this.fromLine = line; }
      if (endLine > this.toLine) { this.toLine = endLine; }
    }
    this.count++;
  }

  /** take a row added earlier back out (it turned out to be a total) */
  remove(values: Float64Array, slots: Int32Array): void {
    const s = this.sums;
    for (let q = 0; q < slots.length; q++) {
      const k = slots[q];
      const v = values[k];
      if (v === v && v !== 0) { s[k] -= v; this.nonZero[k]--; }
    }
    this.count--;
  }

  reset(): void {
    this.sums.fill(0);
    this.nonZero.fill(0);
    this.count = 0;
    this.partial = false;
  }
}

/** per number of decimals (at most 12): how far a sum may be off, computed once */
const TOLERANCE: readonly number[] = Array.from({ length: 13 }, (_, d) => (d === 0 ? 1e-6 : 1.01 * Math.pow(10, -d)));

/** the unit of a column none of whose numbers has been read yet */
const NO_UNIT = 1e12;

/**
 * How precisely each numeric column is written, from the numbers read so far: the most decimals
 * (for how far a sum may be off), and the largest power of ten every integer is a multiple of (1
 * once a number has decimals). Only the significant digits of a matched number can add up by
 * chance: a budget in 元 whose amounts all end in 000 has four of them in 2,205,000, not seven.
 */
export class ColumnPrecision {
  private readonly decimals: Uint8Array;
  private readonly units: Float64Array;

  constructor(width: number) {
    this.decimals = new Uint8Array(width);
    this.units = new Float64Array(width).fill(NO_UNIT);
  }

  /** a number `x` with `d` decimals was read in slot `k` */
  note(k: number, x: number, d: number): void {
    if (d > this.decimals[k]) { this.decimals[k] = d > 12 ? 12 : d; }
    let unit = this.units[k];
    if (unit === 1) { return; }
    if (d > 0) { unit = 1; }
    while (unit > 1 && x % unit !== 0) { unit /= 10; }
    this.units[k] = unit;
  }

  /** how far a sum in slot `k` may be off the number it should equal */
  tolerance(k: number, v: number): number {
    return TOLERANCE[this.decimals[k]] + 1e-12 * Math.abs(v);
  }

  /** the digits of evidence a matched number in slot `k` carries: its significant digits */
  evidence(k: number, v: number): number {
    return Math.log10(Math.abs(v) * Math.pow(10, this.decimals[k]) / this.units[k] + 1);
  }
}

/** below this, the numbers that add up carry too few digits to rule out chance (3 + 4 = 7) */
export const STRONG_SUM = 2.5;

/**
 * Is `row` the sum of `a` (plus the row `b`)? Every column of `slots` (of `keys` when `a` is
 * partial) where the row or the sum is non-zero counts: at least two non-zero numbers must equal
 * their column's sum, and at least half of the counted columns must; and somewhere a number
 * must really add up two or more non-zero parts (a copy of a single row is no total). Integers
 * must match exactly; decimals within one unit of their last decimal (the parts were rounded
 * before they were added).
 *
 * Returns 0 when it is not a sum; otherwise how unlikely the match is by chance: the significant
 * digits of the matched numbers (ColumnPrecision.evidence), summed. Below STRONG_SUM it is weak.
 */
export function sumScore(row: Float64Array, precision: ColumnPrecision, a: ColumnSums, b: Float64Array | null, slots: Int32Array, keys: Int32Array): number {
  if (a.count + (b ? 1 : 0) < 2) { return 0; }
  let counted = 0;
  let matches = 0;
  let added = false;
  let digits = 0;
  const use = a.partial ? keys : slots;
  for (let q = 0; q < use.length; q++) {
    const k = use[q];
    const v = row[k];
    if (v !== v) { continue; }
    let s = a.sums[k];
    let parts = a.nonZero[k];
    if (b) {
      const x = b[k];
      if (x === x && x !== 0) { s += x; parts++; }
    }
    if (v === 0 && s === 0) { continue; }
    counted++;
    if (v !== 0 && Math.abs(v - s) <= precision.tolerance(k, v)) {
      matches++;
      if (parts >= 2) { added = true; }
      digits += precision.evidence(k, v);
    }
  }
  return added && matches >= 2 && matches * 2 >= counted ? digits : 0;
}
