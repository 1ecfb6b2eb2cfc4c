// SARIF 2.1.0 for code-scanning uploads (GitHub and others). SARIF end columns are exclusive.
import { rules } from '../core/rules/registry';
import { docsPath } from '../core/rules/rule';
import type { CheckReport } from '../core/types';

export function formatSarif(report: CheckReport): object {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'opendata-badge',
          rules: rules.map(r => ({
            id: r.id,
            shortDescription: { text: r.title },
            // the docs page ships with the package; SARIF wants absolute help URIs, so name it in text
            help: { text: `${r.title} See ${docsPath(r.id)} in the opendata-badge package.` },
            defaultConfiguration: { level: level(r.defaultSeverity) },
          })),
        },
      },
      results: report.files.flatMap(f => f.findings.map(x => ({
        ruleId: x.rule,
        level: level(x.severity),
        message: { text: x.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUri(x.path ?? f.path) },
            region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn + 1 },
          },
        }],
      }))),
    }],
  };
}

function level(s: string): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}
