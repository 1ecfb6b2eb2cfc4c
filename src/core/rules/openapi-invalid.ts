// openapi-invalid: an OpenAPI (Swagger 2.0 / OpenAPI 3.0 / 3.1) document that does not pass the
// specification's validation. The validator is asynchronous, so the adapters run it first and pass
// its result in (EngineOptions.openapi); the rule puts every error at its exact place. Such a
// document is not a dataset: it only counts toward the agency score's bonus when it is valid.
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'openapi-invalid',
  defaultSeverity: 'error',
  formats: [],
  api: true,
  criterion: null,
  title: 'An OpenAPI document that does not pass OAS validation',
  create(ctx) {
    return {
      end() {
        for (const e of ctx.openapi?.errors ?? []) {
          ctx.report({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn }, e.message);
        }
      },
    };
  },
};
