// Roles of the rows below the header, decided as they stream: blank, notes (a keyword row and the
// lines that continue it), subtotal (a keyword, or numbers that are the sum of other rows), data.
// A group's first row is held back with the rows after it (at most MAX_HELD) until the group
// ends, to tell whether it is a total of the rows below it; rows still leave in file order.
import { NumberReader } from './cells';
import { firstNonEmpty, isNotesRow } from './header';
import { isListItem } from './keywords';
import { ColumnSums, FULL_ROWS, isSumOf } from './sums';
import type { Row } from './row';

const MAX_HELD = 5000;

export interface BodyColumns {
  /** the numeric columns (their numbers are summed) */
  numeric: readonly number[];
  /** the two numeric columns most often non-zero: summed on every row */
  keys: readonly number[];
  /** where a total keyword can be: the first three columns and the first text columns */
  labels: readonly number[];
}

export class BodyClassifier {
  private readonly reader = new NumberReader();
  /** numeric column indexes; slot k of the number arrays is column numeric[k] */
  private readonly numeric: Int32Array;
  /** the slots summed: all of them (a group's first FULL_ROWS rows), the key ones (after) */
  private readonly allSlots: Int32Array;
  private readonly keySlots: Int32Array;
  private readonly labels: Int32Array;
  /** the current row's numbers by slot; the most decimals seen; sums since the last total / the header */
  private readonly cur: Float64Array;
  private readonly decimals: Uint8Array;
  private readonly since: ColumnSums;
  private readonly all: ColumnSums;
  private inNotes = false;
  private blankSinceNotes = false;
  private groupStart = true;
  // the held first row of a group and the rows after it
  private lead: Row | null = null;
  private readonly leadValues: Float64Array;
  private readonly below: ColumnSums;
  private held: Row[] = [];
  private keyword: string | null = null;
  private numbers = 0;
  private full = true;
  dataRows = 0;

  constructor(cols: BodyColumns, private readonly emit: (row: Row) => void) {
    this.numeric = Int32Array.from(cols.numeric);
    const n = cols.numeric.length;
    this.allSlots = Int32Array.from(cols.numeric, (_, k) => k);
    this.keySlots = this.allSlots.filter(k => cols.keys.includes(cols.numeric[k]));
    this.labels = Int32Array.from(cols.labels);
    this.cur = new Float64Array(n);
    this.decimals = new Uint8Array(n);
    this.since = new ColumnSums(n);
    this.all = new ColumnSums(n);
    this.leadValues = new Float64Array(n);
    this.below = new ColumnSums(n);
  }

  push(row: Row): void {
    if (row.nonEmpty === 0) {
      row.role = 'blank';
      this.endGroup();
      if (this.inNotes) { this.blankSinceNotes = true; }
      this.since.reset();
      this.groupStart = true;
      this.out(row);
      return;
    }
    if (this.isNotes(row)) {
      this.endGroup();
      this.since.reset();
      this.out(row);
      return;
    }
    this.full = this.since.count < FULL_ROWS;
    this.scan(row);
    const keyword = this.keyword;
    if (keyword !== null && (this.numbers > 0 || this.hasNumber(row))) {
      row.role = 'subtotal';
      row.evidence = keyword;
      this.closeGroupWith(row);
      return;
    }
    const leadValues = this.lead ? this.leadValues : null;
    const slots = this.full ? this.allSlots : this.keySlots;
    const keys = this.keySlots;
    const sums = this.numbers < 2 ? null
      : isSumOf(this.cur, this.decimals, this.since, leadValues, slots, keys) ? this.since
        : this.all.count > this.since.count && isSumOf(this.cur, this.decimals, this.all, leadValues, slots, keys) ? this.all : null;
    if (sums) {
      row.role = 'subtotal';
      row.evidence = 'sum';
      row.sumOf = { fromLine: this.lead ? this.lead.line : sums.fromLine, toLine: sums.toLine };
      this.closeGroupWith(row);
      return;
    }
    row.role = 'data';
    this.dataRows++;
    if (this.groupStart && !this.lead && this.nonZero() >= 2) {
      this.groupStart = false;
      this.lead = row;
      this.leadValues.set(this.cur);
      this.below.reset();
      return;
    }
    this.groupStart = false;
    this.since.add(this.cur, slots, this.full, row.line, row.endLine);
    this.all.add(this.cur, slots, this.full, row.line, row.endLine);
    if (this.lead) {
      this.below.add(this.cur, slots, this.full, row.line, row.endLine);
      this.held.push(row);
      if (this.held.length >= MAX_HELD) { this.releaseLead(false); }
      return;
    }
    this.out(row);
  }

  end(): void {
    this.endGroup();
  }

  private out(row: Row): void {
    this.emit(row);
  }

  private isNotes(row: Row): boolean {
    const kw = isNotesRow(row);
    if (kw) {
      row.role = 'notes';
      row.evidence = kw;
      this.inNotes = true;
      this.blankSinceNotes = false;
      return true;
    }
    if (this.inNotes && row.nonEmpty <= 1) {
      const first = firstNonEmpty(row);
      if (Number.isNaN(this.reader.read(first)) && (!this.blankSinceNotes || isListItem(first))) {
        row.role = 'notes';
        return true;
      }
    }
    this.inNotes = false;
    return false;
  }

  /** the numbers of the numeric columns (all, or the key ones) into `cur`; a total keyword in the labels */
  private scan(row: Row): void {
    const cur = this.cur;
    const cols = this.numeric;
    const reader = this.reader;
    // every numeric column at first, then only the key ones (sums.ts); the others stay NaN
    const slots = this.full ? this.allSlots : this.keySlots;
    if (this.full) { cur.fill(NaN); }
    let numbers = 0;
    for (let q = 0; q < slots.length; q++) {
      const k = slots[q];
      const x = row.numberAt(cols[k], reader);
      cur[k] = x;
      if (x === x) {
        numbers++;
        const d = reader.decimals;
        if (d > this.decimals[k]) { this.decimals[k] = d > 12 ? 12 : d; }
      }
    }
    this.numbers = numbers;
    let keyword: string | null = null;
    const labels = this.labels;
    for (let k = 0; k < labels.length && keyword === null; k++) { keyword = row.totalKeywordAt(labels[k]); }
    this.keyword = keyword;
  }

  private hasNumber(row: Row): boolean {
    return row.values.some(v => v.length > 0 && !Number.isNaN(this.reader.read(v)));
  }

  private nonZero(): number {
    let n = 0;
    for (const v of this.cur) { if (v === v && v !== 0) { n++; } }
    return n;
  }

  /** a total row ends its group: the held lead is settled first, then the sums restart */
  private closeGroupWith(row: Row): void {
    this.endGroup();
    this.since.reset();
    this.groupStart = true;
    this.out(row);
  }

  private endGroup(): void {
    if (!this.lead) { return; }
    const isTotal = this.below.count >= 2
      && isSumOf(this.leadValues, this.decimals, this.below, null, this.allSlots, this.keySlots);
    this.releaseLead(isTotal);
  }

  private releaseLead(isTotal: boolean): void {
    const lead = this.lead;
    if (!lead) { return; }
    if (isTotal) {
      lead.role = 'subtotal';
      lead.evidence = 'sum';
      lead.sumOf = { fromLine: this.below.fromLine, toLine: this.below.toLine };
      this.dataRows--;
    } else {
      this.since.add(this.leadValues, this.allSlots, true, lead.line, lead.endLine);
      this.all.add(this.leadValues, this.allSlots, true, lead.line, lead.endLine);
    }
    this.lead = null;
    const held = this.held;
    this.held = [];
    this.emit(lead);
    for (const r of held) { this.emit(r); }
  }
}
