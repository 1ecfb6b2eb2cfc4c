// Every user-facing English template (engine messages, criteria reasons, the extension's strings)
// has a zh-TW translation with the same {n} placeholders: statically (scripts/l10n-extract.js
// reads the sources) and at run time (the templates the engine actually emits on the test
// workspace and the samples, which also covers templates picked at run time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import { checkBytesOrApi } from '../../src/core/engine';
import { MetadataResolver } from '../../src/core/metadata';
import { plural, render } from '../../src/core/messages';

const ROOT = resolve(__dirname, '..', '..', '..');
// CommonJS script shared with `npm run l10n:check`
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extractor = require(join(ROOT, 'scripts', 'l10n-extract.js')) as {
  extract(): { templates: Map<string, string[]> };
  bundle(lang: string): Record<string, string>;
};

const zh = extractor.bundle('zh-tw');
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();
const DATASET_LABEL = '{0}:';   // "file.csv:" before a dataset criterion's reasons: not words

test('every template in the sources has a zh-TW translation', () => {
  const { templates } = extractor.extract();
  assert.ok(templates.size > 40, `found ${templates.size} templates`);
  const missing = [...templates.keys()].filter(t => t !== DATASET_LABEL && !zh[t]);
  assert.deepEqual(missing, []);
});

test('plural(): the count picks the template, and the extractor collects both', () => {
  assert.deepEqual(plural(1, '{0} field', '{0} fields'), { template: '{0} field', args: [1] });
  assert.deepEqual(plural(2, '{0} field', '{0} fields'), { template: '{0} fields', args: [2] });
  assert.deepEqual(plural(0, '{0} field', '{0} fields'), { template: '{0} fields', args: [0] });
  assert.equal(render(plural(1, 'Remove {0} subtotal row', 'Remove {0} subtotal rows')), 'Remove 1 subtotal row');
  assert.deepEqual(plural(3, '{0} of {1} link', '{0} of {1} links', 2, 3).args, [2, 3]);
  const { templates } = extractor.extract();
  for (const t of ['{0} subtotal row', '{0} subtotal rows', 'Remove {0} blank row', 'Remove {0} blank rows']) {
    assert.ok(templates.get(t)?.some(w => w.startsWith('src/core/')), t);
  }
});

test('translations keep the placeholders of their template', () => {
  const wrong = Object.entries(zh).filter(([en, tw]) => placeholders(en).join() !== placeholders(tw).join());
  assert.deepEqual(wrong, []);
});

test('a template the bundle does not have is reported (the check can fail)', () => {
  assert.equal(zh['A sentence nobody translated {0}'], undefined);
  assert.notEqual(placeholders('{0} and {1}').join(), placeholders('只有 {0}').join());
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) { return []; }
  return readdirSync(dir).flatMap(n => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('every template the engine emits on the test workspace and the samples is translated', async () => {
  const files = [...filesUnder(join(ROOT, 'test', 'exthost', 'workspace')), ...filesUnder(join(ROOT, 'samples'))]
    .filter(f => /\.(csv|tsv|json|xml|ya?ml)$/i.test(f));
  assert.ok(files.length >= 10, 'fixtures found');
  const seen = new Set<string>();
  const resolver = new MetadataResolver();
  const fs = { readdir: (d: string) => readdir(d), readFile: (f: string) => readFile(f) };
  for (const path of files) {
    const metadata = await resolver.resolve(path, fs);
    const report = await checkBytesOrApi({ path, bytes: readFileSync(path), metadata });
    report.findings.forEach(f => { if (f.l10n) { seen.add(f.l10n.template); } });
    report.badge.criteria.forEach(c => c.l10n?.forEach(m => seen.add(m.template)));
  }
  assert.ok(seen.size > 5, `saw ${seen.size} templates`);
  const missing = [...seen].filter(t => t !== DATASET_LABEL && !zh[t]);
  assert.deepEqual(missing, []);
});
