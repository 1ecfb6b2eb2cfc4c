// Where a field of a record is, found by reading the record's raw text again with the scanner's
// quoting rules (only for the rows a rule reports a cell of).
import type { Range } from '../types';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Field i of the record `raw` (its text without the line break, starting on `firstLine` at
 * column 1), from its opening quote, if any, to its last character; an empty field is the point
 * where it would start. `whole` is returned when the field is not there.
 */
export function cellRange(raw: string, d: number, i: number, firstLine: number, whole: Range): Range {
  let line = firstLine;
  let lineStart = 0;
  let field = 0;
  let fieldStart = 0;
  let startLine = line;
  let startColumn = 1;
  let inQuotes = false;
  let lastLine = line;
  let lastColumn = 0;
  for (let p = 0; p <= raw.length; p++) {
    const c = p < raw.length ? raw.charCodeAt(p) : -1;
    if (p === fieldStart && field === i) { startLine = line; startColumn = p - lineStart + 1; }
    if (inQuotes) {
      if (c === QUOTE) {
        const next = p + 1 < raw.length ? raw.charCodeAt(p + 1) : -1;
        if (next === QUOTE) { if (field === i) { lastLine = line; lastColumn = p + 2 - lineStart; } p++; continue; }
        if (next === d || next === -1) { inQuotes = false; }
      } else if (c === LF || c === CR) {
        if (!(c === LF && p > 0 && raw.charCodeAt(p - 1) === CR)) { line++; }
        lineStart = p + 1;
        continue;
      } else if (c === -1) {
        break;
      }
    } else if (c === QUOTE && p === fieldStart) {
      inQuotes = true;
    } else if (c === d || c === -1) {
      if (field === i) {
        if (p === fieldStart) { return { line: startLine, column: startColumn, endLine: startLine, endColumn: startColumn }; }
        return { line: startLine, column: startColumn, endLine: lastLine, endColumn: lastColumn };
      }
      field++;
      fieldStart = p + 1;
      continue;
    }
    if (field === i && c !== -1) { lastLine = line; lastColumn = p - lineStart + 1; }
  }
  return field === i ? { line: startLine, column: startColumn, endLine: whole.endLine, endColumn: whole.endColumn } : whole;
}
