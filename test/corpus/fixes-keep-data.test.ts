// Every structural fix (rows out, header rows joined, trailing delimiters) on every CSV of the
// corpus keeps every data cell: the data rows before and after hold exactly the same cells, in
// order, apart from what the fix takes out on purpose (subtotal rows are not data rows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFixes } from '../../src/core/fixes/csv-fixes';
import { analyseText } from '../../src/core/fixes/csv-fix-analysis';
import { applyEdits } from '../../src/core/fixes/fix';
import { CORPUS_SKIP, decodeEntry, readManifest } from './manifest';

function dataCells(text: string, delimiter: ',' | '\t'): string[] {
  const a = analyseText(text, delimiter);
  // a removed trailing delimiter takes empty last cells away: compare the named cells
  const named = a.layout.width - a.layout.trailingColumns;
  return a.rows.filter(r => r.role === 'data').map(r => r.values.slice(0, Math.max(named, 0)).join('\u0001'));
}

test('corpus: every structural fix keeps every data cell', { skip: CORPUS_SKIP }, () => {
  let applied = 0;
  for (const e of readManifest().filter(x => x.file.endsWith('.csv'))) {
    const text = decodeEntry(e);
    const delimiter = e.labels.has('other:tab_delimited') ? '\t' : ',';
    const want = dataCells(text, delimiter);
    for (const fix of csvFixes(text, { expectedDelimiter: delimiter })) {
      const after = applyEdits(text, fix.edits);
      const got = dataCells(after, delimiter);
      assert.deepEqual(got, want, `${e.file}: ${fix.id} changed the data cells`);
      applied++;
    }
  }
  console.log(`${applied} fixes applied to the corpus CSVs, every data cell kept`);
  assert.ok(applied >= 10);
});
