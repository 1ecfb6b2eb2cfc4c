// A one-cell row inside the table that labels the records under it (2022年, 一、農業): a
// merged cell across the row, not a record. A label that could also be a record whose values
// are all missing is information only.
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange, short } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'section-row',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Section label rows inside the table',
  create(ctx) {
    return {
      skipsPlainRows: true,
      csvRow(row) {
        if (row.role !== 'section') { return; }
        const label = short(row.evidence ?? '');
        ctx.report(rowRange(row), row.weak
          ? msg('Label only ("{0}"), no values: a section label, or a record with every value missing? Check it by hand.', label)
          : msg('Section label ("{0}"), not a record: put the label in a column of its own on every record under it, and remove the row.', label),
        row.weak ? { weak: true } : undefined);
      },
    };
  },
};
