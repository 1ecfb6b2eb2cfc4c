// A record whose field count differs from the header's. A row that has another role (title,
// notes, blank, section, subtotal) is reported for that role only: one problem, one finding.
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange } from '../csv/report-helpers';
import { isRecordRole } from '../csv/model';

export const rule: Rule = {
  id: 'ragged-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Records with a different number of fields than the header',
  create(ctx) {
    return {
      skipsPlainRows: true,
      csvRow(row, layout) {
        if (row.fieldCount === layout.width || !isRecordRole(row.role)) { return; }
        const m = layout.noHeader
          ? msg('Row {0} has {1} fields where the other rows have {2}.', row.line, row.fieldCount, layout.width)
          : msg('Row {0} has {1} fields where the header has {2}.', row.line, row.fieldCount, layout.width);
        ctx.report(rowRange(row), m);
      },
    };
  },
};
