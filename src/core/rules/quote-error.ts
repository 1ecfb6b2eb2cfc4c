// Quoting mistakes, at the exact character: a quoted cell that never closes (everything after it
// is read as one cell), or a quote inside an unquoted cell / after a closing quote.
import type { Rule } from './rule';
import { msg } from '../messages';

export const rule: Rule = {
  id: 'quote-error',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'Unclosed or stray quotes',
  create(ctx) {
    return {
      skipsPlainRows: true,
      csvRow(row) {
        if (!row.quoteErrors) { return; }
        for (const e of row.quoteErrors) {
          const m = e.kind === 'unclosed'
            ? msg('Unclosed quote: the rest of the file (to line {0}) is read as one cell.', row.endLine)
            : msg('Stray quote: a quote inside a cell must be doubled ("") and the whole cell quoted.');
          ctx.report({ line: e.line, column: e.column, endLine: e.line, endColumn: e.column }, m);
        }
      },
    };
  },
};
