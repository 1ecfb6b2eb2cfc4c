// A read-only view of what the format's analyzer found, for a caller that needs more than the
// report (the table preview: every row's role and offsets). In-process only: a function cannot
// cross to the check worker, so the worker's requests never carry one.
import type { CsvLayout, CsvRow } from './csv/model';
import type { JsonResult } from './json/model';
import type { XmlResult } from './xml/model';

export interface ContentObserver {
  csvLayout?(layout: CsvLayout): void;
  /** every row, in file order, with the role the rules saw; keep only what you need of it */
  csvRow?(row: CsvRow, layout: CsvLayout): void;
  json?(result: JsonResult): void;
  xml?(result: XmlResult): void;
}
