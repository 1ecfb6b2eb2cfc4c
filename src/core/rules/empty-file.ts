// A CSV or TSV file with no content at all (0 bytes, or only a byte-order mark): no header row,
// no records, so no table the platform could read. An empty JSON or XML file is invalid-json or
// invalid-xml; a file of blank lines is blank-row.
import type { Rule } from './rule';
import { msg } from '../messages';

export const rule: Rule = {
  id: 'empty-file',
  defaultSeverity: 'error',
  formats: ['csv', 'tsv'],
  criterion: 'structured',
  title: 'An empty file',
  create(ctx) {
    return {
      csvEnd(summary) {
        if (summary.rows > 0) { return; }
        ctx.report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, msg('Empty file: no header row and no records. Export the table again.'));
      },
    };
  },
};
