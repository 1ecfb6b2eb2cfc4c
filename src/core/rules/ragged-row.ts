// A row whose field count differs from the header's (title and notes rows included; blank rows
// are reported by blank-row only).
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'ragged-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Rows with a different number of fields than the header',
  create(ctx) {
    return {
      csvRow(row, layout) {
        if (row.role === 'blank' || row.fieldCount === layout.width) { return; }
        const m = layout.noHeader
          ? msg('Row {0} has {1} fields where the other rows have {2}.', row.line, row.fieldCount, layout.width)
          : msg('Row {0} has {1} fields where the header has {2}.', row.line, row.fieldCount, layout.width);
        ctx.report(rowRange(row), m);
      },
    };
  },
};
