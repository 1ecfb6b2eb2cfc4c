// invalid-xml: the file is not well-formed XML 1.0. One finding, at the first error: an XML
// parser must stop there (a fatal error), so nothing after it can be trusted.
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'invalid-xml',
  defaultSeverity: 'error',
  formats: ['xml'],
  criterion: 'structured',
  title: 'The file is not well-formed XML 1.0',
  create(ctx) {
    return {
      xml(result) {
        const e = result.error;
        if (!e) { return; }
        ctx.report({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn }, e.l10n);
      },
    };
  },
};
