// The portfolio report's renderers (src/core/portfolio), shared by the CLI and the editor: every
// word goes through the language they are given, values from files are escaped, and the editor's
// webview page allows its style by nonce only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CRITERIA, withLevel } from '../../src/core/badge';
import { render } from '../../src/core/messages';
import { reportHtml } from '../../src/core/portfolio/report-html';
import type { ReportLanguage } from '../../src/core/portfolio/report-language';
import { reportMarkdown } from '../../src/core/portfolio/report-markdown';
import { portfolio } from '../../src/core/portfolio/score';
import type { CriterionId, DatasetReport } from '../../src/core/types';

function dataset(name: string, failing: CriterionId[]): DatasetReport {
  const criteria = CRITERIA.map(c => ({ id: c.id, level: c.level, status: failing.includes(c.id) ? 'fail' as const : 'pass' as const, reason: 'why ' + c.id }));
  return { name, resources: [name + '.csv'], badge: withLevel(criteria), metadataSources: [] };
}

/** A language that marks every word it was asked for, so that untranslated text shows. */
const marked: ReportLanguage = {
  say: m => `«${render(m)}»`,
  level: l => `‹${l}›`,
  failing: c => `⟨${c.id}⟩`,
  suggestion: s => `⟪${s.criterion} ${s.gain}⟫`,
};

const p = portfolio([dataset('g', []), dataset('a&b', ['metadata-fields']), dataset('<b>', ['structured'])],
  [{ path: 'api.yaml', valid: true }, { path: 'bad.json', valid: false }]);

test('the HTML report says everything through its language', () => {
  const html = reportHtml(p, 'T', marked);
  assert.match(html, /«Score 63\.43 \(OpenAPI bonus 0\.1: 1 valid; 3 datasets\)»/);
  assert.match(html, /«What would raise the score most»/);
  assert.match(html, /⟪metadata-fields 13\.33⟫/);
  assert.match(html, /<td class="level silver">‹silver›<\/td><td>⟨metadata-fields⟩<\/td>/);
  assert.match(html, /<li>api\.yaml: «valid»<\/li><li>bad\.json: «invalid»<\/li>/);
  assert.match(html, /aria-label="«badge counts»"/);
  for (const l of ['gold', 'silver', 'bronze', 'none']) { assert.ok(html.includes(`>‹${l}›</text>`), l + ' bar label'); }
  assert.ok(html.includes('a&amp;b') && html.includes('&lt;b&gt;') && !html.includes('<b>'));
});

test('with a nonce the page allows only its own style, without one inline styles (a saved file)', () => {
  const withNonce = reportHtml(p, 'T', marked, { nonce: 'abc+/=', notice: 'partial <1 of 2>' });
  assert.match(withNonce, /content="default-src 'none'; style-src 'nonce-abc\+\/='"/);
  assert.match(withNonce, /<style nonce="abc\+\/=">/);
  assert.match(withNonce, /<p class="notice">partial &lt;1 of 2&gt;<\/p>/);
  assert.ok(!/<script/i.test(withNonce), 'no script');
  const plain = reportHtml(p, 'T', marked);
  assert.match(plain, /style-src 'unsafe-inline'/);
  assert.ok(!plain.includes('class="notice"'));
});

test('the Markdown report says everything through its language and escapes names', () => {
  const md = reportMarkdown(p, 'T', marked, { notice: 'partial' });
  assert.match(md, /^# T\n\n> partial\n\n\*\*«Score 63\.43/);
  assert.match(md, /‹gold›: 1, ‹silver›: 1, ‹bronze›: 1, ‹none›: 0/);
  assert.match(md, /^1\. ⟪structured 23\.33⟫ \(\\<b\\>\)$/m);
  assert.match(md, /^\| a&b \| ‹silver› \| ⟨metadata-fields⟩ \| a&b\.csv \|$/m);
  assert.match(md, /^- bad\.json: «invalid»$/m);
});

test('an empty suggestion list says why', () => {
  assert.match(reportMarkdown(portfolio([dataset('g', [])], []), 'T', marked), /«Nothing: every dataset is gold\.»/);
  assert.match(reportMarkdown(portfolio([dataset('s', ['metadata-fields', 'timeliness'])], []), 'T', marked), /«No single change would raise a dataset's badge\.»/);
});

test('a resource that was listed, not checked, says so beside its name in both reports (escaped)', () => {
  const d: DatasetReport = {
    ...dataset('wages', []),
    resources: ['wages.csv', 'w<1>.xlsx'],
    resourceFiles: [
      { path: 'wages.csv', type: 'csv', kind: 'data', checked: true, note: 'checked', l10n: { template: 'checked', args: [] } },
      { path: 'w<1>.xlsx', type: 'xlsx', kind: 'spreadsheet', checked: false, note: 'spreadsheet (XLSX): not checked', l10n: { template: 'spreadsheet ({0}): not checked', args: ['XLSX'] } },
    ],
  };
  const q = portfolio([d], []);
  assert.deepEqual(q.datasets[0].notChecked?.map(n => n.path), ['w<1>.xlsx']);
  const md = reportMarkdown(q, 'T', marked);
  assert.ok(md.includes('wages.csv<br>w\\<1\\>.xlsx — «spreadsheet (XLSX): not checked»'), md);
  const html = reportHtml(q, 'T', marked);
  assert.ok(html.includes('w&lt;1&gt;.xlsx <small>— «spreadsheet (XLSX): not checked»</small>'), html);
  // a dataset whose every resource was checked has no such list
  assert.equal(portfolio([dataset('g', [])], []).datasets[0].notChecked, undefined);
});
