// No real government data file is taken for an OpenAPI document (the corpus holds none), and the
// look costs little even on the largest file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isOpenApiText } from '../../src/core/openapi';
import { CORPUS_SKIP } from '../corpus/manifest';

const CORPUS = join(resolve(__dirname, '..', '..', '..'), '..', 'shared', 'corpus', 'files');

test('no corpus file is an OpenAPI document', (t) => {
  if (CORPUS_SKIP) { t.skip(CORPUS_SKIP); return; }
  const names = readdirSync(CORPUS);
  assert.ok(names.length >= 40, `found ${names.length} corpus files`);
  const taken = names.filter(n => isOpenApiText(readFileSync(join(CORPUS, n)).toString('utf8'), n));
  assert.deepEqual(taken, []);
});
