// The agency score of badge-rules.md §2 and the ranked suggestions of the portfolio report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { withLevel, CRITERIA } from '../../src/core/badge';
import { portfolio } from '../../src/core/portfolio/score';
import { escapeHtml, reportHtml } from '../../src/cli/format-report';
import type { CriterionId, DatasetReport } from '../../src/core/types';

function dataset(name: string, failing: CriterionId[]): DatasetReport {
  const criteria = CRITERIA.map(c => ({ id: c.id, level: c.level, status: failing.includes(c.id) ? 'fail' as const : 'pass' as const, reason: 'x' }));
  return { name, resources: [name + '.csv'], badge: withLevel(criteria), metadataSources: [] };
}

test('score = (bronze*0.3 + silver*0.6 + gold*1.0) / total * 100 + bonus, rounded to 2 decimals', () => {
  const ds = [dataset('g', []), dataset('s', ['timeliness']), dataset('b', ['structured']), dataset('n', ['link-works'])];
  const p = portfolio(ds, [{ path: 'api.yaml', valid: true }, { path: 'bad.yaml', valid: false }]);
  assert.deepEqual(p.counts, { gold: 1, silver: 1, bronze: 1, none: 1 });
  assert.equal(p.bonus, 0.1);
  assert.equal(p.score, 47.6);   // (1 + 0.6 + 0.3 + 0) / 4 * 100 + 0.1
  // the contract's example: one of each of gold, silver, bronze
  assert.equal(portfolio([dataset('g', []), dataset('s', ['metadata-fields']), dataset('b', ['structured'])], [{ path: 'a', valid: true }]).score, 63.43);
});

test('the bonus stops at 5 (50 valid APIs)', () => {
  const apis = Array.from({ length: 80 }, (_, i) => ({ path: `a${i}.yaml`, valid: true }));
  assert.equal(portfolio([dataset('g', [])], apis).bonus, 5);
});

test('suggestions are ranked by the points they would add', () => {
  const ds = [dataset('a', ['metadata-fields']), dataset('b', ['metadata-fields']), dataset('c', ['metadata-fields']),
    dataset('d', ['structured', 'timeliness']), dataset('e', [])];
  const p = portfolio(ds, []);
  assert.equal(p.suggestions[0].criterion, 'metadata-fields');
  assert.equal(p.suggestions[0].gain, 24);   // 3 × (1.0 − 0.6) / 5 × 100
  assert.match(p.suggestions[0].text, /3 datasets are silver only because 主要欄位說明/);
  assert.deepEqual(p.suggestions[0].datasets, ['a', 'b', 'c']);
  const s = p.suggestions.find(x => x.criterion === 'structured');
  assert.equal(s?.gain, 6);   // bronze -> silver only (timeliness still fails): 0.3 / 5 × 100
  assert.ok(!p.suggestions.some(x => x.criterion === 'timeliness'), 'timeliness alone raises nothing while structured fails');
});

test('the HTML report escapes names that come from files and draws the counts chart', () => {
  const p = portfolio([dataset('<img src=x onerror=alert(1)>', ['structured'])], []);
  const html = reportHtml(p, 'r');
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes(escapeHtml('<img src=x onerror=alert(1)>')));
  assert.match(html, /<svg[^>]*aria-label="badge counts"/);
});

test('opendata-badge report on the samples: JSON shape of the contract', () => {
  const root = resolve(__dirname, '..', '..', '..');
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', join(root, 'samples'), '--format', 'json', '--today', '2026-11-26', '--offline'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const p = JSON.parse(r.stdout);
  assert.equal(p.version, 1);
  assert.equal(typeof p.score, 'number');
  assert.deepEqual(Object.keys(p.counts).sort(), ['bronze', 'gold', 'none', 'silver']);
  assert.equal(p.datasets.length, 4);
  assert.ok(Array.isArray(p.apis));
  assert.ok(p.suggestions.every((s: { text: string; gain: number }) => typeof s.text === 'string' && s.gain > 0));
});

test('report: valid OpenAPI documents count toward the bonus and are not datasets', () => {
  const root = resolve(__dirname, '..', '..', '..');
  const d = mkdtempSync(join(tmpdir(), 'odb-report-'));
  writeFileSync(join(d, 'a.csv'), '\uFEFF年度,人數\n2024,1\n');
  writeFileSync(join(d, 'api.yaml'), 'openapi: 3.0.3\ninfo:\n  title: 勞動統計 API\n  version: "1.0"\npaths:\n  /wages:\n    get:\n      responses:\n        "200":\n          description: OK\n');
  writeFileSync(join(d, 'broken-api.json'), JSON.stringify({ openapi: '3.0.3', paths: {} }));
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', d, '--format', 'json', '--offline', '--today', '2026-11-26'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const p = JSON.parse(r.stdout);
  assert.deepEqual(p.apis.map((x: { path: string; valid: boolean }) => [x.path.split('/').pop(), x.valid]).sort(), [['api.yaml', true], ['broken-api.json', false]]);
  assert.equal(p.bonus, 0.1);
  assert.equal(p.datasets.length, 1);
  assert.equal(p.score, 100.1);
});
