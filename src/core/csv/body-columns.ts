// What the body classifier (classify.ts) is told about the table's columns once the layout is
// decided: which it sums, where it looks for total keywords and section labels.
import type { LabelForms } from './keywords';
import type { CsvLayout } from './model';
import type { ColumnProfile } from './profile';

export interface BodyColumns {
  /** the quantity columns (their numbers are summed) */
  numeric: readonly number[];
  /** the two numeric columns most often non-zero: summed on every row */
  keys: readonly number[];
  /** the label columns: where a total keyword or a section label counts */
  labels: readonly number[];
  /** which label forms of a total keyword count in each label column */
  labelForms: readonly LabelForms[];
  /** per label column, the years listed month by month (CsvLayout.monthlyYears) */
  monthlyYears: readonly (ReadonlySet<string> | null)[];
  /** most columns besides the labels hold quantities */
  numericTable: boolean;
  /** the named columns (without a trailing delimiter's empty one) */
  width: number;
  /** the table's field count (CsvLayout.width) */
  fieldCount: number;
  /** per numeric column: negative numbers were seen in it (a sum can come back down) */
  negative: readonly boolean[];
}

/** which columns the body classifier sums and where it looks for total keywords and section labels */
export function bodyColumns(layout: CsvLayout, profile: readonly ColumnProfile[]): BodyColumns {
  const numeric = layout.quantityColumns;
  const keys = [...numeric].sort((a, b) => profile[b].nonZero - profile[a].nonZero || a - b).slice(0, 2);
  const named = layout.width - layout.trailingColumns;
  const labelForms = layout.labelColumns.map(c => profile[c]?.labelForms ?? 'named');
  return {
    numeric, keys, labels: layout.labelColumns, labelForms, monthlyYears: layout.monthlyYears,
    numericTable: layout.numericTable, width: named, fieldCount: layout.width,
    negative: numeric.map(c => profile[c]?.negative ?? true),
  };
}
