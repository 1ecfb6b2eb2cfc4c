// An empty row, or one of only delimiters and whitespace (full-width spaces too).
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'blank-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Blank or whitespace-only rows',
  create(ctx) {
    return {
      skipsPlainRows: true,
      csvRow(row) {
        if (row.role !== 'blank') { return; }
        ctx.report(rowRange(row), msg('Blank row: remove it.'), { fixes: ['remove-blank-rows'] });
      },
    };
  },
};
