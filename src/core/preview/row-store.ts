// Every row of a previewed table in a few typed arrays (where it is, its line, its role, how many
// fields it has), so that a 1,000,000-row file costs about 17 MB and any page can be cut out of
// the decoded text again. Roles come from the analyzer as the rules saw them.
import type { RowRole } from '../csv/model';

export const ROLES: readonly RowRole[] = ['data', 'header', 'title', 'blank', 'notes', 'subtotal', 'section', 'preamble'];
const ROLE_CODE = new Map<RowRole, number>(ROLES.map((r, i) => [r, i]));

export class RowStore {
  count = 0;
  /** the most fields any row has */
  maxFields = 0;
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  private line = new Int32Array(1024);
  private fields = new Int32Array(1024);
  private role = new Uint8Array(1024);
  /** the few rows with formula cells (indexes of the cells) */
  readonly formulas = new Map<number, number[]>();
  /** why the analyzer gave a row its role (the keyword 合計, or 'sum'), for the few that have one */
  readonly evidence = new Map<number, string>();

  add(start: number, end: number, line: number, fields: number, role: RowRole): number {
    const i = this.count++;
    if (i === this.start.length) { this.grow(); }
    this.start[i] = start;
    this.end[i] = end;
    this.line[i] = line;
    this.fields[i] = fields;
    this.role[i] = ROLE_CODE.get(role) ?? 0;
    if (fields > this.maxFields) { this.maxFields = fields; }
    return i;
  }

  startOf(i: number): number { return this.start[i]; }
  endOf(i: number): number { return this.end[i]; }
  lineOf(i: number): number { return this.line[i]; }
  fieldsOf(i: number): number { return this.fields[i]; }
  roleOf(i: number): RowRole { return ROLES[this.role[i]]; }

  /** the next row from `from` (inclusive) in direction `step` with `role`, or -1 */
  find(role: RowRole, from: number, step: 1 | -1): number {
    const code = ROLE_CODE.get(role);
    for (let i = from; i >= 0 && i < this.count; i += step) {
      if (this.role[i] === code) { return i; }
    }
    return -1;
  }

  /** the row that holds 1-based `line` (the last row starting at or before it), or -1 */
  rowAtLine(line: number): number {
    let lo = 0;
    let hi = this.count - 1;
    if (hi < 0 || this.line[0] > line) { return -1; }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.line[mid] <= line) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  roleCounts(): Record<RowRole, number> {
    const counts = Object.fromEntries(ROLES.map(r => [r, 0])) as Record<RowRole, number>;
    for (let i = 0; i < this.count; i++) { counts[ROLES[this.role[i]]]++; }
    return counts;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const wider = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(n); b.set(a); return b; };
    this.start = wider(this.start, k => new Int32Array(k));
    this.end = wider(this.end, k => new Int32Array(k));
    this.line = wider(this.line, k => new Int32Array(k));
    this.fields = wider(this.fields, k => new Int32Array(k));
    this.role = wider(this.role, k => new Uint8Array(k));
  }
}
