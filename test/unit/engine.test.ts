// The engine's entry points agree with each other, and the badge follows badge-rules.md §1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { checkBytes, checkStream, checkText, checkUtf8Text } from '../../src/core/engine';
import { datasetBadge, groupDatasets } from '../../src/core/dataset';
import { longTable } from '../fixtures/long-table';
import { decode, detectEncoding } from '../../src/core/encoding';
import { EngineWorker } from '../../src/core/worker/pool';
import { nodeThread } from '../../src/core/worker/node-thread';
import { CancelledError, type EncodingInfo, type FileReport } from '../../src/core/types';

const TABLE = '地區,人數,金額\r\n臺北市,10,"1,000"\r\n\r\n新北市,20,"2,000"\r\n合　計,30,"3,000"\r\n註：單位為人,,\r\n';

function strip(r: FileReport): unknown {
  return { ...r, path: undefined };
}

test('checkBytes, checkText and checkStream (in tiny chunks) give the same report', async () => {
  const inputs: [string, Uint8Array][] = [
    ['big5', new Uint8Array(iconv.encode(TABLE, 'big5'))],
    ['utf-8 with BOM', new Uint8Array(Buffer.from('\uFEFF' + TABLE))],
    // an invalid byte: the analyzer reads the decoded text, U+FFFD included
    ['utf-8, one bad byte', new Uint8Array(Buffer.concat([Buffer.from('\uFEFF' + TABLE), Buffer.from([0xc0]), Buffer.from('臺中市,1,1\r\n')]))],
    ['utf-16le', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TABLE, 'utf16le')]))],
  ];
  for (const [name, bytes] of inputs) {
    const a = checkBytes({ path: 't.csv', bytes }, { today: '2026-11-26' });
    const enc = detectEncoding(bytes);
    const b = checkText({ path: 't.csv', text: decode(bytes, enc), encoding: enc }, { today: '2026-11-26' });
    for (const size of [1, 7]) {
      const c = await checkStream('t.csv', async function* () {
        for (let i = 0; i < bytes.length; i += size) { yield bytes.subarray(i, i + size); }
      }, null, { today: '2026-11-26' });
      assert.deepEqual(strip(c), strip(a), `${name}: stream in ${size}-byte chunks`);
      // the CLI's stream reads every chunk into the same buffer
      const reused = await checkStream('t.csv', async function* () {
        const buf = new Uint8Array(size);
        for (let i = 0; i < bytes.length; i += size) {
          const n = Math.min(size, bytes.length - i);
          buf.set(bytes.subarray(i, i + n));
          yield buf.subarray(0, n);
          buf.fill(0xff);
        }
      }, null, { today: '2026-11-26' });
      assert.deepEqual(strip(reused), strip(a), `${name}: one reused ${size}-byte buffer`);
    }
    assert.deepEqual(strip(b), strip(a), name);
    const ids = new Set(a.findings.map(f => f.rule));
    for (const id of ['blank-row', 'subtotal-row', 'notes-row']) { assert.ok(ids.has(id as never), `${name}: ${id}`); }
    assert.equal(a.badge.level, 'bronze', name);
  }
});

test('a file over 1 MB (fed in 1 MB pieces) gets the report of its decoded text, pieces cut inside characters and records', () => {
  for (const pad of ['', 'x', 'xy']) {
    // a blank row and a notes row far past the first piece
    const text = longTable(60000, `地區${pad},人數,金額`);
    const inputs: [string, Uint8Array][] = [
      ['utf-8', new Uint8Array(Buffer.from(text))],
      ['big5', new Uint8Array(iconv.encode(text, 'big5'))],
      ['utf-16le', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))],
    ];
    for (const [name, bytes] of inputs) {
      assert.ok(bytes.length > 1 << 20, name);
      const a = checkBytes({ path: 't.csv', bytes }, { today: '2026-11-26' });
      const enc = detectEncoding(bytes);
      const b = checkText({ path: 't.csv', text: decode(bytes, enc), encoding: enc }, { today: '2026-11-26' });
      assert.deepEqual(strip(a), strip(b), `${name}, header padded by ${pad.length}`);
      assert.ok(a.findings.some(f => f.rule === 'notes-row' && f.line > 60000), `${name}: the notes row is found`);
    }
  }
});

test('checkUtf8Text (the editor worker\'s input) gives checkText\'s report', () => {
  const big5 = detectEncoding(new Uint8Array(iconv.encode(TABLE, 'big5')));
  const cases: [string, string, EncodingInfo][] = [
    ['t.csv', TABLE, { name: 'utf-8', bom: true, confidence: 1 }],
    // a U+FEFF the user typed is text, and so is a formula after a NBSP
    ['t.csv', '\uFEFF' + TABLE + '=\u00a0A1,1,1\r\n', { name: 'utf-8', bom: false, confidence: 1 }],
    ['t.tsv', TABLE.replace(/,/g, '\t'), { name: 'utf-8', bom: false, confidence: 1 }],
    // a Big5 file shown as UTF-8: the editor's text, the disk's encoding
    ['t.csv', new TextDecoder().decode(iconv.encode(TABLE, 'big5')), big5],
    ['t.json', '[{"a": 1}, {"a": 2,}]', { name: 'utf-8', bom: false, confidence: 1 }],
    ['t.xml', '<r><a>1</a><a>2</b></r>', { name: 'utf-8', bom: false, confidence: 1 }],
    ['t.csv', 'PK\u0003\u0004', { name: 'binary', bom: false, confidence: 1, binaryKind: 'ZIP archive' }],
  ];
  for (const [path, text, encoding] of cases) {
    const want = checkText({ path, text, encoding }, { today: '2026-11-26' });
    const got = checkUtf8Text({ path, utf8: new Uint8Array(Buffer.from(text, 'utf8')), encoding }, { today: '2026-11-26' });
    assert.deepEqual(got, want, `${path}: ${JSON.stringify(text.slice(0, 20))}`);
  }
});

test('unknown criteria do not lower the level but are listed as assumptions', () => {
  const r = checkBytes({ path: 'ok.csv', bytes: new Uint8Array(Buffer.from('\uFEFF年度,人數\n2024,1\n2025,2\n')) }, { today: '2026-11-26' });
  assert.equal(r.badge.level, 'gold');
  assert.deepEqual([...r.badge.assumptions].sort(), ['direct-download', 'link-works', 'metadata-encoding', 'metadata-fields', 'timeliness']);
  assert.ok(r.findings.some(f => f.rule === 'metadata-missing'));
});

test('a dataset gets what ALL its resources reach', () => {
  const good = checkBytes({ path: 'd/x.csv', bytes: new Uint8Array(Buffer.from('年度,人數\n2024,1\n')) });
  const bad = checkBytes({ path: 'd/x.json', bytes: new Uint8Array(Buffer.from('[{"年度": 2024,}]')) });
  const badge = datasetBadge([good, bad]);
  assert.equal(badge.level, 'bronze');
  assert.equal(badge.criteria.find(c => c.id === 'structured')?.status, 'fail');
  const groups = groupDatasets([good, bad]);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].resources, ['d/x.csv', 'd/x.json']);
});

test('rule severities can be changed or turned off', () => {
  const bytes = new Uint8Array(Buffer.from('a,b\n1,2\n\n3,4\n'));
  const off = checkBytes({ path: 'b.csv', bytes }, { severities: { 'blank-row': 'off' } });
  assert.ok(!off.findings.some(f => f.rule === 'blank-row'));
  const warn = checkBytes({ path: 'b.csv', bytes }, { severities: { 'blank-row': 'warning' } });
  assert.equal(warn.findings.find(f => f.rule === 'blank-row')?.severity, 'warning');
});

test('findings beyond the cap are counted in one summary, the badge keeps the full count', () => {
  const rows = ['a,b', ...Array.from({ length: 30 }, (_, i) => `${i},="${i}"`)].join('\n');
  const r = checkBytes({ path: 'f.csv', bytes: new Uint8Array(Buffer.from(rows)) }, { maxFindingsPerRule: 5 });
  assert.ok(r.findings.filter(f => f.rule === 'formula').length <= 5);
  assert.ok(r.findings.some(f => f.rule === 'too-many-findings'));
});

test('the worker thread checks a file and can be cancelled', { skip: !existsSync(resolve(__dirname, '..', '..', '..', 'dist', 'worker.js')) && 'dist/worker.js not built' }, async () => {
  const w = new EngineWorker(nodeThread(join(resolve(__dirname, '..', '..', '..'), 'dist', 'worker.js')));
  try {
    const r = await w.check({ path: 'w.csv', bytes: new Uint8Array(Buffer.from('a,b\n1,2\n\n')) }, { today: '2026-11-26' });
    assert.ok(r.findings.some(f => f.rule === 'blank-row'));
    // an API description is validated there too (the validator loads on first use)
    const api = await w.check({ path: 'api.yaml', bytes: new Uint8Array(Buffer.from('openapi: 3.0.3\ninfo:\n  title: t\npaths: {}\n')) });
    assert.deepEqual([api.api?.valid, api.findings.map(f => f.rule)], [false, ['openapi-invalid']]);
    const big = new Uint8Array(Buffer.from('a,b\n' + '1,2\n'.repeat(10_000_000)));
    const signal = { aborted: false };
    const p = w.check({ path: 'big.csv', bytes: big }, { signal });
    setTimeout(() => { signal.aborted = true; }, 20);
    await assert.rejects(p, (e: unknown) => e instanceof CancelledError);
  } finally {
    w.dispose();
  }
});
