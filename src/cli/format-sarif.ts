// SARIF 2.1.0 for code-scanning uploads (GitHub and others). SARIF end columns are exclusive.
// Each rule's helpUri is its docs page as shipped with the package (an absolute file: URI, as
// SARIF wants; the package has no public web address to point at), and each result names its
// rule by index, so that a viewer finds the page from the result.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../core/rules/registry';
import { docsPath } from '../core/rules/rule';
import type { CheckReport, RuleId } from '../core/types';

/** The page of a rule in this package (dist/cli.js sits one folder below docs/), if it is there. */
function helpUri(id: RuleId, root: string): string | undefined {
  const page = join(root, docsPath(id));
  return existsSync(page) ? pathToFileURL(page).href : undefined;
}

export function formatSarif(report: CheckReport, root = join(__dirname, '..')): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
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
            helpUri: helpUri(r.id, root),
            defaultConfiguration: { level: level(r.defaultSeverity) },
          })),
        },
      },
      results: report.files.flatMap(f => f.findings.map(x => ({
        ruleId: x.rule,
        ...(index.has(x.rule) ? { ruleIndex: index.get(x.rule) } : {}),
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
