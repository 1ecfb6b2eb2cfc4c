// Roles of the rows below the header, decided as they stream: blank, notes (a keyword row, the
// lines that continue it, one-cell text rows below the records), section (a one-cell label row
// with records under it), subtotal (a keyword in a label column, or numbers that are the sum of
// other rows), data. Some rows can only be decided by what follows them: a group's first row
// (is it the total of the rows below it?) and a one-cell row (a section label if records follow,
// a note if the table ends). Such rows are held, with the rows after them (at most MAX_HELD: held-queue.ts),
// and every row still leaves in file order.
import { NumberReader, trimValue } from './cells';
import { isNotesRow } from './header';
import { labelTotal, type LabelTotal } from './label-total';
import { NotesRun } from './notes-run';
import type { BodyColumns } from './body-columns';
import { ColumnPrecision, ColumnSums, FULL_ROWS, STRONG_SUM, sumScore } from './sums';
import { ParentWatch, type Watched } from './parents';
import { HeldQueue } from './held-queue';
import { loneCellColumn, settleLoneRows } from './lone-rows';
import type { Row } from './row';

export class BodyClassifier {
  private readonly reader = new NumberReader();
  /** numeric column indexes; slot k of the number arrays is column numeric[k] */
  private readonly numeric: Int32Array;
  /** the slots summed: all of them (a group's first FULL_ROWS rows), the key ones (after) */
  private readonly allSlots: Int32Array;
  private readonly keySlots: Int32Array;
  private readonly labels: Int32Array;
  private readonly isLabel: Uint8Array;
  private readonly isQuantity: Uint8Array;
  /** the current row's numbers by slot; how precisely each is written; sums since the last total / the header */
  private readonly cur: Float64Array;
  private readonly precision: ColumnPrecision;
  private readonly since: ColumnSums;
  private readonly all: ColumnSums;
  /** data rows sent */
  get dataRows(): number { return this.held.dataRows; }
  private readonly notes = new NotesRun();
  private groupStart = true;
  // the held first row of a group and the sums of the rows after it
  private lead: Row | null = null;
  private readonly leadValues: Float64Array;
  private readonly below: ColumnSums;
  /** one-cell rows waiting for what follows them */
  private pending: Row[] = [];
  /** rows not yet emitted (from the first undecided one on) */
  private readonly held: HeldQueue;
  /** the current record's total keyword (label-total.ts) */
  private readonly total: LabelTotal = { keyword: null, column: -1, period: false };
  private numbers = 0;
  private full = true;

  constructor(private readonly cols: BodyColumns, emit: (row: Row) => void) {
    this.held = new HeldQueue(emit);
    this.numeric = Int32Array.from(cols.numeric);
    const n = cols.numeric.length;
    this.allSlots = Int32Array.from(cols.numeric, (_, k) => k);
    this.keySlots = this.allSlots.filter(k => cols.keys.includes(cols.numeric[k]));
    this.labels = Int32Array.from(cols.labels);
    this.isLabel = new Uint8Array(cols.width + 1);
    for (const c of cols.labels) { this.isLabel[c] = 1; }
    this.isQuantity = new Uint8Array(cols.width + 1);
    for (const c of cols.numeric) { this.isQuantity[c] = 1; }
    this.cur = new Float64Array(n);
    this.precision = new ColumnPrecision(n);
    this.since = new ColumnSums(n);
    this.all = new ColumnSums(n);
    this.leadValues = new Float64Array(n);
    this.below = new ColumnSums(n);
    this.probeValues = new Float64Array(n);
    this.probeSlots = this.allSlots;
    this.goesDown = Uint8Array.from(cols.negative, v => (v ? 1 : 0));
    this.parents = new ParentWatch<Row>(n, this.precision, this.allSlots, this.keySlots, this.goesDown);
  }

  /** records that may be totals of the records after them */
  private readonly parents: ParentWatch<Row>;
  /** the last record, until the next one says whether it can be a total of what follows */
  private probe: Row | null = null;
  private readonly probeValues: Float64Array;
  private probeSlots: Int32Array;
  private parentsInGroup = 0;
  /** per slot: its column holds negative numbers */
  private readonly goesDown: Uint8Array;

  push(row: Row): void {
    if (row.nonEmpty === 0) {
      row.role = 'blank';
      this.breakGroup();
      this.notes.blank();
      this.out(row);
      return;
    }
    if (this.isNotes(row)) {
      // the one-cell rows right above a note are notes too
      this.settle(false);
      this.breakGroup();
      this.out(row);
      return;
    }
    if (this.isLoneCell(row)) {
      row.role = 'notes';
      this.breakGroup();
      this.pending.push(row);
      this.held.hold(row);
      this.out(row);
      return;
    }
    // a record: the one-cell rows above it label it (or, over another table's rows, caption it)
    this.settle(true, row.fieldCount !== this.cols.fieldCount);
    this.full = this.since.count < FULL_ROWS;
    this.scan(row);
    const keyword = this.total.keyword;
    if (keyword !== null && (this.numbers > 0 || this.hasNumber(row))) {
      row.role = 'subtotal';
      row.evidence = keyword;
      row.evidenceColumn = this.total.column;
      if (this.total.period) { row.periodTotal = true; }
      if (!this.cols.numericTable) {
        row.weak = 'text-table';
      } else {
        // confirmed by the numbers where they add up (for the message)
        const sums = this.numbers < 2 ? null : this.summed(this.lead ? this.leadValues : null);
        if (sums) { row.sumOf = { fromLine: this.lead ? this.lead.line : sums.fromLine, toLine: sums.toLine }; }
      }
      this.closeGroupWith(row);
      return;
    }
    const leadValues = this.lead ? this.leadValues : null;
    const slots = this.full ? this.allSlots : this.keySlots;
    const sums = this.numbers < 2 ? null : this.summed(leadValues);
    if (sums) {
      row.role = 'subtotal';
      row.evidence = 'sum';
      row.sumOf = { fromLine: this.lead ? this.lead.line : sums.fromLine, toLine: sums.toLine };
      if (this.lastScore + this.unlabelled(row) < STRONG_SUM) { row.weak = 'small-sum'; }
      this.closeGroupWith(row);
      return;
    }
    row.role = 'data';
    if (this.groupStart && !this.lead && this.nonZero() >= 2) {
      this.groupStart = false;
      this.lead = row;
      this.leadBonus = this.unlabelled(row);
      this.held.hold(row);
      this.leadValues.set(this.cur);
      this.below.reset();
      // it may also be the total of only the first records after it (臺灣地區 over its counties)
      if (this.full) {
        const dropped = this.parents.watch(row, this.cur, slots, row.line);
        if (dropped) { this.letGo(dropped); }
      }
      this.out(row);
      return;
    }
    this.groupStart = false;
    this.since.add(this.cur, slots, this.full, row.line, row.endLine);
    this.all.add(this.cur, slots, this.full, row.line, row.endLine);
    if (this.lead) { this.below.add(this.cur, slots, this.full, row.line, row.endLine); }
    // parents are looked for in a group's first rows, and after them only where some were found
    if (this.full || this.parentsInGroup > 0) {
      this.watchParents(row, slots);
    } else if (this.probe || this.parents.watching > 0) {
      this.releaseProbe();
      for (const w of this.parents.releaseAll()) { this.letGo(w); }
    }
    this.out(row);
  }

  /**
   * This record adds to the records watched before it (settling those it completes or passes),
   * then is watched itself: it may be the total of the records after it.
   */
  private watchParents(row: Row, slots: Int32Array): void {
    // the record before is watched only if this one can be its first part (it is not larger)
    const probe = this.probe;
    if (probe) {
      this.probe = null;
      if (this.fitsUnder(slots)) {
        const dropped = this.parents.watch(probe, this.probeValues, this.probeSlots, probe.line);
        if (dropped) { this.letGo(dropped); }
      } else {
        this.held.decided(probe);
      }
    }
    const { parents, released } = this.parents.add(this.cur, slots, row.line, row.endLine);
    for (const p of parents) { this.parentFound(p.watched, p.weak); }
    for (const w of released) { this.letGo(w); }
    if (this.nonZero() === 0) { return; }
    this.probe = row;
    this.probeValues.set(this.cur);
    this.probeSlots = slots;
    this.held.hold(row);
  }

  /** the current record is no larger than the probe on any column a sum cannot come back down on */
  private fitsUnder(slots: Int32Array): boolean {
    const cur = this.cur;
    const p = this.probeValues;
    for (let q = 0; q < slots.length; q++) {
      const k = slots[q];
      const x = cur[k];
      const v = p[k];
      if (x === x && v === v && v >= 0 && !this.goesDown[k] && x > v) { return false; }
    }
    return true;
  }

  private releaseProbe(): void {
    if (this.probe) { this.held.decided(this.probe); this.probe = null; }
  }

  private parentFound(w: Watched<Row>, weak: boolean): void {
    this.parentsInGroup++;
    const r = w.row;
    r.role = 'subtotal';
    r.evidence = 'sum';
    r.sumOf = { fromLine: w.firstLine, toLine: w.lastLine };
    if (weak) { r.weak = 'small-sum'; }
    if (r === this.lead) {
      // the group's first record, held out of the sums: it is settled here instead
      this.lead = null;
      this.below.reset();
    } else {
      // it was counted as a record: its numbers leave the sums a total below would be checked against
      this.since.remove(w.values, w.slots);
      this.all.remove(w.values, w.slots);
    }
    this.letGo(w);
  }

  private letGo(w: Watched<Row>): void {
    // the group's first record stays held until the group ends (is it the total of all of it?)
    if (w.row !== this.lead) { this.held.decided(w.row); }
    this.parents.recycle(w);
  }

  end(): void {
    this.releaseProbe();
    for (const w of this.parents.releaseAll()) { this.letGo(w); }
    this.endGroup();
    this.settle(false);
    this.held.flush();
  }

  private lastScore = 0;
  private leadBonus = 0;

  /**
   * A row of numbers with no label where the table has labels is more likely a total (its
   * merged 合計 cell was lost): worth one more digit of evidence.
   */
  private unlabelled(row: Row): number {
    const labels = this.labels;
    if (labels.length === 0) { return 0; }
    for (let k = 0; k < labels.length; k++) { if (trimValue(row.value(labels[k])).length > 0) { return 0; } }
    return 1;
  }

  /** the sums the current row equals (since the last total, or since the header), or null */
  private summed(leadValues: Float64Array | null): ColumnSums | null {
    const slots = this.full ? this.allSlots : this.keySlots;
    const keys = this.keySlots;
    let score = sumScore(this.cur, this.precision, this.since, leadValues, slots, keys);
    let sums: ColumnSums | null = score > 0 ? this.since : null;
    if (!sums && this.all.count > this.since.count) {
      score = sumScore(this.cur, this.precision, this.all, leadValues, slots, keys);
      if (score > 0) { sums = this.all; }
    }
    this.lastScore = score;
    return sums;
  }

  /** a row out, in file order: at once, or after the undecided rows before it */
  private out(row: Row): void {
    if (this.held.push(row)) {
      // do not hold forever: the oldest undecided row takes its default
      this.releaseProbe();
      for (const w of this.parents.releaseAll()) { this.letGo(w); }
      if (this.lead) { this.releaseLead(false); } else { this.settle(false); }
    }
    this.held.flush();
  }

  /** The waiting one-cell rows get their roles (lone-rows.ts), then leave. */
  private settle(recordsFollow: boolean, otherTable = false): void {
    if (this.pending.length === 0) { return; }
    for (const r of this.pending) { this.held.decided(r); }
    settleLoneRows(this.pending, recordsFollow, otherTable, this.isLabel);
    this.pending = [];
    this.held.flush();
  }

  private isLoneCell(row: Row): boolean {
    if (row.nonEmpty !== 1 || !this.cols.numericTable || this.cols.width < 3) { return false; }
    const c = loneCellColumn(row, this.isQuantity, this.reader);
    if (c < 0) { return false; }
    row.evidenceColumn = c;
    return true;
  }

  /** a blank row, a note or a section label ends the group whose sums are being kept */
  private breakGroup(): void {
    this.parentsInGroup = 0;
    this.releaseProbe();
    for (const w of this.parents.releaseAll()) { this.letGo(w); }
    this.endGroup();
    this.since.reset();
    this.groupStart = true;
  }

  private isNotes(row: Row): boolean {
    const kw = isNotesRow(row);
    if (kw) {
      row.role = 'notes';
      row.evidence = kw;
      this.notes.start();
      return true;
    }
    if (this.notes.continues(row, this.reader)) {
      row.role = 'notes';
      return true;
    }
    this.notes.stop();
    return false;
  }

  /** the numbers of the numeric columns (all, or the key ones) into `cur`; a total keyword in the labels (label-total.ts) */
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
        this.precision.note(k, x, reader.decimals);
      }
    }
    this.numbers = numbers;
    labelTotal(row, this.labels, this.cols, this.total);
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
    this.breakGroup();
    this.out(row);
  }

  private endGroup(): void {
    if (!this.lead) { return; }
    const score = this.below.count >= 2
      ? sumScore(this.leadValues, this.precision, this.below, null, this.allSlots, this.keySlots) : 0;
    this.releaseLead(score > 0, score);
  }

  private releaseLead(isTotal: boolean, score = 0): void {
    const lead = this.lead;
    if (!lead) { return; }
    if (isTotal) {
      lead.role = 'subtotal';
      lead.evidence = 'sum';
      lead.sumOf = { fromLine: this.below.fromLine, toLine: this.below.toLine };
      if (score + this.leadBonus < STRONG_SUM) { lead.weak = 'small-sum'; }
    } else {
      this.since.add(this.leadValues, this.allSlots, true, lead.line, lead.endLine);
      this.all.add(this.leadValues, this.allSlots, true, lead.line, lead.endLine);
    }
    this.lead = null;
    this.held.decided(lead);
    this.held.flush();
  }
}
