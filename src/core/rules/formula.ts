// Spreadsheet formulas stored as cell text (=SUM(A1:A9), ="0050", =+A1). One finding per cell,
// at the cell, for the first MAX cells; then one finding that says how many more there are and
// spans them (from the first unlisted cell to the last one).
import type { Rule } from './rule';
import type { Range } from '../types';
import { msg, plural } from '../messages';
import { columnLabel, short } from '../csv/report-helpers';

const MAX = 100;

export const rule: Rule = {
  id: 'formula',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Spreadsheet formulas in cells',
  create(ctx) {
    let count = 0;
    let firstUnlisted: Range | null = null;
    let lastUnlisted: Range | null = null;
    return {
      skipsPlainRows: true,
      csvRow(row, layout) {
        if (!row.formulaCells) { return; }
        for (const i of row.formulaCells) {
          count++;
          if (count > MAX) {
            lastUnlisted = row.cell(i);
            firstUnlisted ??= lastUnlisted;
            continue;
          }
          ctx.report(row.cell(i), msg('Spreadsheet formula {0} in column {1}: store its value instead.',
            short(row.values[i]), columnLabel(i, layout)));
        }
      },
      csvEnd() {
        if (firstUnlisted && lastUnlisted) {
          const range = { line: firstUnlisted.line, column: firstUnlisted.column, endLine: lastUnlisted.endLine, endColumn: lastUnlisted.endColumn };
          ctx.report(range, plural(count - MAX, '{0} more formula ({1} in all), not listed one by one: it is here.',
            '{0} more formulas ({1} in all), not listed one by one: the first of them is here.', count - MAX, count));
        }
      },
    };
  },
};
