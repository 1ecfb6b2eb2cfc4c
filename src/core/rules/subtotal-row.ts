// Total and subtotal rows: a keyword in a label cell (合計, 小計, 總計, Total …), or numbers that
// are the sum of the rows above (or, for a total right under the header, below) them.
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'subtotal-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Total and subtotal rows',
  create(ctx) {
    return {
      csvRow(row) {
        if (row.role !== 'subtotal') { return; }
        const m = row.sumOf
          ? msg('Row {0} is a subtotal: its numbers are the sum of rows {1}–{2}. Remove it, it can be computed from the data.',
            row.line, row.sumOf.fromLine, row.sumOf.toLine)
          : msg('Row {0} is a subtotal ({1}): remove it, it can be computed from the data.', row.line, row.evidence ?? '');
        ctx.report(rowRange(row), m, { fixes: ['remove-subtotal-rows'] });
      },
    };
  },
};
