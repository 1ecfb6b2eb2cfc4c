// The fields of the record the scanner's general path is building: values (capped), how many,
// how many are not blank, formula cells and quote errors.
import type { QuoteError } from './model';
import { isFormula } from './cells';
import { textOf } from './byte-text';
import { isFilled } from './scan-fast';

/** 16 MB of values per row at most are kept; the rest is counted, not stored */
const MAX_ROW_CHARS = 1 << 24;

export class RecordFields {
  values: string[] = [];
  count = 0;
  nonEmpty = 0;
  errors: QuoteError[] | undefined = undefined;
  formulas: number[] | undefined = undefined;
  private chars = 0;

  /** `utf8`: the values are byte strings (byte-text.ts) */
  constructor(private readonly maxFields: number, private readonly utf8: boolean) {}

  add(v: string): void {
    const k = this.count++;
    if (k >= this.maxFields) { return; }
    this.chars += v.length;
    this.values.push(this.chars <= MAX_ROW_CHARS ? v : '');
    if (v.length === 0) { return; }
    const c = v.charCodeAt(0);
    if (isFilled(v, 0, v.length, c, this.utf8)) {
      this.nonEmpty++;
      if (c === 61 && isFormula(this.utf8 ? textOf(v) : v)) { (this.formulas ??= []).push(k); }
    }
  }

  error(line: number, column: number, kind: QuoteError['kind']): void {
    (this.errors ??= []).push({ line, column, kind });
  }

  /** start the next record (the values array went to a row) */
  reset(): void {
    this.values = [];
    this.count = 0;
    this.nonEmpty = 0;
    this.chars = 0;
    this.errors = undefined;
    this.formulas = undefined;
  }
}
