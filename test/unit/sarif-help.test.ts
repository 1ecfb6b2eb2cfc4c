// SARIF rules carry helpUri, the rule's docs page as an absolute URI, and every result names its
// rule by index too, so that a viewer can link a result to its page (issue 12, item 8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(__dirname, '..', '..', '..');

test('every SARIF rule has a helpUri to its page, and results point at their rule', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', join(ROOT, 'samples'), '--offline', '--format', 'sarif'], { encoding: 'utf8' });
  const run = JSON.parse(r.stdout).runs[0];
  const rules = run.tool.driver.rules as { id: string; helpUri: string }[];
  for (const rule of rules) {
    assert.match(rule.helpUri, /^file:\/\//, rule.id);
    const page = fileURLToPath(rule.helpUri);
    assert.ok(page.endsWith(join('docs', 'rules', `${rule.id}.md`)) && existsSync(page), page);
  }
  assert.ok(run.results.length > 5);
  for (const x of run.results as { ruleId: string; ruleIndex: number }[]) {
    assert.equal(rules[x.ruleIndex].id, x.ruleId);
  }
});
