// invalid-json: the file is not well-formed JSON (RFC 8259). One finding, at the first error: a
// parser stops there, so nothing after it can be trusted.
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'invalid-json',
  defaultSeverity: 'error',
  formats: ['json'],
  criterion: 'structured',
  title: 'The file is not well-formed JSON (RFC 8259)',
  create(ctx) {
    return {
      json(result) {
        const e = result.error;
        if (!e) { return; }
        ctx.report({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn }, e.l10n);
      },
    };
  },
};
