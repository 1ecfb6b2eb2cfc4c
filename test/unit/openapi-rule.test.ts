// openapi-invalid: OpenAPI documents go through the engine as API descriptions (findings at the
// validator's positions, no dataset, no badge); everything else is untouched by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkBytesOrApi, checkTextOrApi } from '../../src/core/engine';
import { groupDatasets } from '../../src/core/dataset';
import type { EncodingInfo } from '../../src/core/types';

const UTF8: EncodingInfo = { name: 'utf-8', bom: false, confidence: 1 };
const enc = (s: string) => new TextEncoder().encode(s);

// line 3 is `info:` without its required `version`
const NO_VERSION = 'openapi: 3.0.3\n# 勞動部 API\ninfo:\n  title: 勞動統計\npaths: {}\n';
const VALID = 'openapi: 3.0.3\ninfo:\n  title: 勞動統計\n  version: "1.0"\npaths: {}\n';

test('an invalid YAML document: openapi-invalid at the node, api marked, no badge of its own', async () => {
  const r = await checkTextOrApi({ path: '/w/api.yaml', text: NO_VERSION, encoding: UTF8 });
  assert.deepEqual(r.api, { kind: 'openapi', version: '3.0.3', valid: false });
  const f = r.findings.filter(x => x.rule === 'openapi-invalid');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.deepEqual([f[0].line, f[0].column, f[0].endLine, f[0].endColumn], [3, 1, 3, 4]);
  assert.match(f[0].message, /version/);
  assert.deepEqual(r.badge, { level: 'none', criteria: [], assumptions: [] });
  assert.equal(r.metadata, undefined);
});

test('a valid document has no findings and is not a dataset', async () => {
  const yaml = await checkBytesOrApi({ path: '/w/api.yml', bytes: enc(VALID) });
  assert.deepEqual(yaml.api, { kind: 'openapi', version: '3.0.3', valid: true });
  assert.deepEqual(yaml.findings, []);
  const json = await checkBytesOrApi({ path: '/w/swagger.json', bytes: enc(JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {} })) });
  assert.equal(json.format, 'json');
  assert.equal(json.api?.valid, true);
  const data = await checkBytesOrApi({ path: '/w/rates.csv', bytes: enc('\uFEFF年度,人數\n2024,1\n') });
  assert.equal(data.api, undefined);
  assert.deepEqual(groupDatasets([yaml, json, data]).map(d => d.name), ['rates']);
});

test('JSON data files and YAML that is not an API are checked as before', async () => {
  const records = await checkBytesOrApi({ path: '/w/a.json', bytes: enc('[{"openapi": "3.0.0", "n": 1}]') });
  assert.equal(records.api, undefined);
  assert.notEqual(records.badge.criteria.length, 0);
  const cfg = await checkTextOrApi({ path: '/w/ci.yaml', text: 'jobs:\n  build: {}\n', encoding: UTF8 });
  assert.equal(cfg.api, undefined);
  assert.deepEqual(cfg.findings, []);
});

test('a Big5 API document gets the encoding finding too, and the rule can be turned off', async () => {
  const big5 = Uint8Array.from([...enc('openapi: 3.0.3\ninfo:\n  title: '), 0xb3, 0xd2, 0xb0, 0xca, ...enc('\npaths: {}\n')]);
  const r = await checkBytesOrApi({ path: '/w/api.yaml', bytes: big5 });
  assert.equal(r.encoding.name, 'big5');
  assert.deepEqual(r.findings.map(f => f.rule).sort(), ['non-utf8-encoding', 'openapi-invalid']);
  const off = await checkBytesOrApi({ path: '/w/api.yaml', bytes: big5 }, { severities: { 'openapi-invalid': 'off' } });
  assert.deepEqual(off.findings.map(f => f.rule), ['non-utf8-encoding']);
  assert.equal(off.api?.valid, false, 'turning the rule off does not make the document valid');
});

test('check: API documents in a folder are listed with their findings and do not fail --min-badge', () => {
  const cli = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
  const d = mkdtempSync(join(tmpdir(), 'odb-oas-'));
  writeFileSync(join(d, 'rates.csv'), '\uFEFF年度,人數\n2024,1\n');
  writeFileSync(join(d, 'api.yaml'), NO_VERSION);
  writeFileSync(join(d, 'docker-compose.yml'), 'services: {}\n');
  const r = spawnSync(process.execPath, [cli, 'check', d, '--format', 'json', '--offline', '--min-badge', 'gold', '--today', '2026-11-26'], { encoding: 'utf8' });
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.files.map((f: { path: string }) => f.path.split('/').pop()).sort(), ['api.yaml', 'rates.csv']);
  const api = out.files.find((f: { path: string }) => f.path.endsWith('api.yaml'));
  assert.deepEqual(api.findings.map((f: { rule: string; line: number }) => [f.rule, f.line]), [['openapi-invalid', 3]]);
  assert.deepEqual(out.datasets.map((x: { name: string }) => x.name), ['rates']);
  assert.equal(r.status, 0, r.stderr);
  const text = spawnSync(process.execPath, [cli, 'check', d, '--offline'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.match(text.stdout, /api\.yaml .*OpenAPI 3\.0\.3: invalid/);
});

test('a YAML document is never taken for a table, whatever commas it holds', async () => {
  const r = await checkTextOrApi({ path: '/w/api.yaml', text: 'openapi: 3.0.3\ninfo:\n  title: a, b, c\n  version: "1"\npaths: {}\n', encoding: UTF8 });
  assert.equal(r.format, 'unknown');
  assert.equal(r.api?.valid, true);
});

test('Swagger 2.0: a response without description gets one error, not the $ref branch\'s complaints', async () => {
  const doc = JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { 200: { schema: { type: 'string' } } } } } } }, null, 1);
  const r = await checkTextOrApi({ path: '/w/api.json', text: doc, encoding: UTF8 });
  assert.deepEqual(r.findings.map(f => f.message), ['Missing required property "description".']);
});

// a failed oneOf: only the branch that was meant speaks (or every value allowed, when none fits)
const PARAM_30 = (where: string, required: boolean) => 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths:\n  /rates/{year}:\n    get:\n' +
  `      parameters:\n        - name: year\n          in: ${where}\n${required ? '          required: true\n' : ''}          schema:\n            type: integer\n` +
  '      responses:\n        "200":\n          description: OK\n';

test('OpenAPI 3.0: a path parameter without required: true gets that one error, not every other location\'s', async () => {
  const r = await checkTextOrApi({ path: '/w/api.yaml', text: PARAM_30('path', false), encoding: UTF8 });
  assert.deepEqual(r.findings.map(f => [f.line, f.message]), [[9, 'Missing required property "required".']]);
  const ok = await checkTextOrApi({ path: '/w/api.yaml', text: PARAM_30('path', true), encoding: UTF8 });
  assert.equal(ok.api?.valid, true);
});

test('a location that fits no branch lists every allowed value in one error', async () => {
  const r = await checkTextOrApi({ path: '/w/api.yaml', text: PARAM_30('querry', true), encoding: UTF8 });
  assert.deepEqual(r.findings.map(f => [f.line, f.message]), [[10, 'Must be one of: "path", "query", "header", "cookie".']]);
});

test('Swagger 2.0: the same parameter error, without the body branch\'s and the $ref branch\'s complaints', async () => {
  const doc = { swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/r/{y}': { get: {
    parameters: [{ name: 'y', in: 'path', type: 'integer' }], responses: { 200: { description: 'OK' } } } } } };
  const r = await checkTextOrApi({ path: '/w/api.json', text: JSON.stringify(doc, null, 1), encoding: UTF8 });
  assert.deepEqual(r.findings.map(f => f.message), ['Missing required property "required".']);
});
