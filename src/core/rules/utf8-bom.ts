// utf8-bom: a byte-order mark before JSON. RFC 8259 forbids it and JSON.parse fails on it. A BOM
// in CSV/TSV is welcome (Excel needs it to read UTF-8), so only JSON (and JSON metadata) is checked.
import { msg } from '../messages';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'utf8-bom',
  defaultSeverity: 'error',
  formats: ['json'],
  criterion: 'structured',
  title: 'A byte-order mark (BOM) before JSON, which RFC 8259 forbids',
  create(ctx) {
    return {
      start() {
        if (ctx.encoding.name !== 'utf-8' || !ctx.encoding.bom) { return; }
        ctx.report({ line: 1, column: 1, endLine: 1, endColumn: 1 },
          msg('Byte-order mark (BOM) before the JSON: RFC 8259 forbids it, and JSON.parse fails on it.'),
          { fixes: ['remove-bom'] });
      },
    };
  },
};
