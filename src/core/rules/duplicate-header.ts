// Two or more columns with the same name: a program reading the table by name loses one of them.
import type { Rule } from './rule';
import { msg } from '../messages';
import { columnLabel, short } from '../csv/report-helpers';

const LISTED = 8;

export const rule: Rule = {
  id: 'duplicate-header',
  defaultSeverity: 'warning',
  formats: ['csv', 'tsv'],
  criterion: null,
  title: 'Duplicate column names',
  create(ctx) {
    return {
      csvLayout(l) {
        if (l.headerRows.length === 0) { return; }
        const row = l.headerRows[l.headerKind === 'group-sub' ? l.headerRows.length - 1 : l.labelRow] ?? l.headerRows[0];
        for (const d of l.duplicateColumns) {
          // a line of thousands of repeated names lists its first columns, not all of them
          const listed = d.indexes.slice(0, LISTED).map(i => columnLabel(i, null));
          const where = d.indexes.length > LISTED ? `${listed.join(', ')}, …` : listed.join(', ');
          ctx.report(row.cell(d.indexes[1]),
            msg('Duplicate column name "{0}": used {1} times (columns {2}); make the names unique.', short(d.name), d.indexes.length, where));
        }
      },
    };
  },
};
