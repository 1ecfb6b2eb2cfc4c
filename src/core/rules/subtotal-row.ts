// Total and subtotal rows: a total keyword as a label in a label column (合計, 區域別總計, 計,
// Total …), or numbers that are the sum of the rows above (or, for a total right under the
// header, below) them. The message says which evidence decided it; weak evidence (a keyword in
// a table with no numbers to confirm it, a sum of a few small numbers) is information only.
import type { Rule } from './rule';
import { msg, type Msg } from '../messages';
import { columnLabel, rowRange } from '../csv/report-helpers';
import type { CsvLayout, CsvRow } from '../csv/model';

function message(row: CsvRow, layout: CsvLayout): Msg {
  const sum = row.sumOf;
  if (row.evidence !== 'sum') {
    const where = columnLabel(row.evidenceColumn ?? 0, layout);
    if (row.periodTotal) {
      return msg('Row {0} is a subtotal: the period {1} in column {2} adds up the months the table lists too. Remove it: totals can be computed from the data.',
        row.line, row.evidence ?? '', where);
    }
    if (row.weak) {
      return msg('Row {0} may be a subtotal: {1} in column {2}, but the table has no numeric columns to confirm it. Check it by hand.',
        row.line, row.evidence ?? '', where);
    }
    return sum
      ? msg('Row {0} is a subtotal: {1} in the label column {2}, and its numbers are the sum of rows {3}–{4}. Remove it: totals can be computed from the data.',
        row.line, row.evidence ?? '', where, sum.fromLine, sum.toLine)
      : msg('Row {0} is a subtotal: {1} in the label column {2}. Remove it: totals can be computed from the data.',
        row.line, row.evidence ?? '', where);
  }
  const from = sum?.fromLine ?? row.line;
  const to = sum?.toLine ?? row.line;
  return row.weak
    ? msg('Row {0} may be a subtotal: its numbers equal the sum of rows {1}–{2}, but they are too few and small to rule out chance. Check it by hand.', row.line, from, to)
    : msg('Row {0} is a subtotal: its numbers are the sum of rows {1}–{2}. Remove it: totals can be computed from the data.', row.line, from, to);
}

export const rule: Rule = {
  id: 'subtotal-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Total and subtotal rows',
  create(ctx) {
    return {
      skipsPlainRows: true,
      csvRow(row, layout) {
        if (row.role !== 'subtotal') { return; }
        // only a decision made on strong evidence is fixed without the user
        ctx.report(rowRange(row), message(row, layout), row.weak ? { weak: true } : { fixes: ['remove-subtotal-rows'] });
      },
    };
  },
};
