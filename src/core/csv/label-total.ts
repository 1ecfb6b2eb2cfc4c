// The total keyword of a record, looked for in its label cells (合計, Total…; in a column of
// months, a year's row: 102年 over 102年 1月 …): what makes a row with numbers a subtotal.
import type { BodyColumns } from './body-columns';
import { labelPeriod } from './keywords';
import type { Row } from './row';

/** what labelTotal found; reused row after row */
export interface LabelTotal {
  keyword: string | null;
  /** the label column it is in (the last one looked at, when none) */
  column: number;
  /** the keyword is a year whose months are rows */
  period: boolean;
}

/** `labels`: cols.labels as the classifier holds them */
export function labelTotal(row: Row, labels: Int32Array, cols: BodyColumns, out: LabelTotal): void {
  let keyword: string | null = null;
  let at = -1;
  out.period = false;
  for (let k = 0; k < labels.length && keyword === null; k++) {
    at = labels[k];
    keyword = row.totalKeywordAt(at, cols.labelForms[k]);
    const years = cols.monthlyYears[k];
    if (keyword === null && years) {
      // 102年/ 臺北市 where 102年 1月/ 臺北市 … are rows too: the year adds its months up (a
      // year after the layout sample is read the same way: its months may come after it)
      const p = labelPeriod(row.value(at));
      if (p && !p.month && (years.has(p.year) || Number(p.year) > lastYear(years))) {
        keyword = p.text;
        out.period = true;
      }
    }
  }
  out.keyword = keyword;
  out.column = at;
}

function lastYear(years: ReadonlySet<string>): number {
  let max = 0;
  for (const y of years) { max = Math.max(max, Number(y)); }
  return max;
}
