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
      return msg('Subtotal row: the period {0} in column {1} adds up the months the table lists too. Remove it: totals can be computed from the data.',
        row.evidence ?? '', where);
    }
    if (row.weak) {
      return msg('Maybe a subtotal row: {0} in column {1}, but the table is mostly text, too few numeric columns to confirm it. Check it by hand.',
        row.evidence ?? '', where);
    }
    return sum
      ? msg('Subtotal row: {0} in label column {1}, and its numbers are the sum of rows {2}–{3}. Remove it: totals can be computed from the data.',
        row.evidence ?? '', where, sum.fromLine, sum.toLine)
      : msg('Subtotal row: {0} in label column {1}. Remove it: totals can be computed from the data.',
        row.evidence ?? '', where);
  }
  const from = sum?.fromLine ?? row.line;
  const to = sum?.toLine ?? row.line;
  return row.weak
    ? msg('Maybe a subtotal row: its numbers equal the sum of rows {0}–{1}, but they are too few and small to rule out chance. Check it by hand.', from, to)
    : msg('Subtotal row: its numbers are the sum of rows {0}–{1}. Remove it: totals can be computed from the data.', from, to);
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
