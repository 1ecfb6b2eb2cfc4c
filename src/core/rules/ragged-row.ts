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
          ? msg('Wrong number of fields: {0}, where the other rows have {1}.', row.fieldCount, layout.width)
          : msg('Wrong number of fields: {0}, where the header has {1}.', row.fieldCount, layout.width);
        ctx.report(rowRange(row), m);
      },
    };
  },
};
