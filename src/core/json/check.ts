// checkJson: well-formedness (RFC 8259) with the exact position of the first error, and the
// record fields, in one pass over the decoded text. JSON.parse is never called on the document.
import { render } from '../messages';
import { LineIndex } from '../text/line-index';
import type { CancellationSignal, Range } from '../types';
import type { JsonResult } from './model';
import { positionAt } from './position';
import { RecordFinder } from './records';
import { scanJson } from './scan';

/** `text` is decoded, its BOM already stripped. Throws CancelledError when `signal` aborts. */
export function checkJson(text: string, signal?: CancellationSignal): JsonResult {
  const finder = new RecordFinder(text);
  const failure = scanJson(text, finder, signal);
  if (failure) {
    const ix = new LineIndex(text);
    const start = ix.position(failure.offset);
    const end = ix.position(Math.max(failure.offset, failure.end - 1));
    return {
      error: {
        line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
        message: render(failure.msg), l10n: failure.msg,
      },
      recordPath: null, recordCount: 0, fields: [], firstRecord: null,
    };
  }
  const found = finder.result();
  if (!found) { return { error: null, recordPath: null, recordCount: 0, fields: [], firstRecord: null }; }
  return {
    error: null, recordPath: found.path, recordCount: found.count, fields: found.fields,
    firstRecord: rangeOf(text, found.first, found.firstEnd),
    ...(found.outerFields ? { outerFields: found.outerFields } : {}),
  };
}

function rangeOf(text: string, start: number, end: number): Range | null {
  if (start < 0 || end < start) { return null; }
  const s = positionAt(text, start);
  const e = positionAt(text, end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
