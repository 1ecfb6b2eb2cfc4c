// The examples in the CSV rules' docs pages are true: the first csv block fires the rule, the
// second does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check, CSV_RULES } from './csv-harness';

const ROOT = resolve(__dirname, '..', '..', '..');

test('docs/rules examples of the CSV rules', () => {
  let checked = 0;
  for (const rule of CSV_RULES) {
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    const blocks = [...page.matchAll(/```csv\n([\s\S]*?)```/g)].map(m => m[1]);
    if (blocks.length < 2) { continue; }
    const fires = check(blocks[0], [rule.id]);
    assert.ok(fires.length > 0, `${rule.id}: the first example must fire`);
    assert.deepEqual(check(blocks[1], [rule.id]), [], `${rule.id}: the second example must not fire`);
    checked++;
  }
  assert.ok(checked >= 10);
});
