// An empty header cell: typical of merged cells exported from a spreadsheet. A trailing
// delimiter's empty last column is reported by trailing-delimiter instead.
import type { Rule } from './rule';
import { msg } from '../messages';
import { columnLabel } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'blank-header',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Blank header cells',
  create(ctx) {
    return {
      csvLayout(l) {
        for (const { row, index } of l.blankHeaderCells) {
          const m = l.headerRows.length > 1
            ? msg('Unnamed column {0}: its header cell is blank (a merged cell?); give every column its own name.', columnLabel(index, null))
            : msg('Unnamed column {0}: give every column a name.', columnLabel(index, null));
          ctx.report(row.cell(index), m);
        }
      },
    };
  },
};
