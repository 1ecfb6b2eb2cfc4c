// Every row ends with a delimiter, which adds an empty, unnamed last column. Reported once.
import type { Rule } from './rule';
import { msg } from '../messages';
import { rowRange } from '../csv/report-helpers';

export const rule: Rule = {
  id: 'trailing-delimiter',
  defaultSeverity: 'warning',
  formats: ['csv', 'tsv'],
  criterion: null,
  title: 'A delimiter at the end of every row',
  create(ctx) {
    return {
      csvLayout(l) {
        if (!l.trailingDelimiter || l.headerRows.length === 0) { return; }
        ctx.report(rowRange(l.headerRows[0]), l.trailingColumns > 1
          ? msg('Trailing delimiters: every row ends with {0} of them, which add {0} empty columns; remove them.', l.trailingColumns)
          : msg('Trailing delimiter: every row ends with one, which adds an empty column {0}; remove it.', l.width),
        { fixes: ['remove-trailing-delimiter'] });
      },
    };
  },
};
