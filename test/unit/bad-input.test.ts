// Every input gets a finding or a clear error through the whole engine: never a crash, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBytes, checkBytesOrApi } from '../../src/core/engine';
import type { FileReport, RuleId } from '../../src/core/types';

function check(path: string, bytes: Uint8Array | string): FileReport {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return checkBytes({ path, bytes: new Uint8Array(b) }, { today: '2026-11-26' });
}

function rules(r: FileReport): Set<RuleId> {
  return new Set(r.findings.map(f => f.rule));
}

test('0 bytes: an empty CSV, JSON and XML are reported, not crashed on', () => {
  const csv = check('empty.csv', '');
  assert.equal(csv.encoding.name, 'utf-8');
  const json = check('empty.json', '');
  assert.ok(rules(json).has('invalid-json'));
  const xml = check('empty.xml', '');
  assert.ok(rules(xml).has('invalid-xml'));
});

test('an empty CSV or TSV (0 bytes, a BOM alone) is empty-file and fails structured; a header alone is a table', () => {
  for (const [name, text] of [['empty.csv', ''], ['bom.csv', '\uFEFF'], ['empty.tsv', '']]) {
    const r = check(name, text);
    assert.deepEqual(r.findings.filter(f => f.rule !== 'metadata-missing').map(f => [f.rule, f.severity, f.line]), [['empty-file', 'error', 1]], name);
    assert.equal(r.badge.criteria.find(c => c.id === 'structured')?.status, 'fail', name);
    assert.equal(r.badge.level, 'bronze', name);
  }
  const header = check('header.csv', '年度,人數\r\n');
  assert.ok(!rules(header).has('empty-file'));
  assert.equal(header.badge.criteria.find(c => c.id === 'structured')?.status, 'pass');
  assert.ok(!rules(check('blank.csv', '\n\n')).has('empty-file'), 'blank lines are blank rows');
});

test('binary content named .csv / .xml is not-text with format unknown', () => {
  const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 0x9c)]);
  const r = check('data.csv', zip);
  assert.equal(r.format, 'unknown');
  assert.equal(r.encoding.name, 'binary');
  assert.ok(rules(r).has('not-text'));
  assert.equal(r.badge.criteria.find(c => c.id === 'structured')?.status, 'fail');
  const apple = Buffer.concat([Buffer.from([0, 5, 0x16, 7, 0, 2, 0, 0]), Buffer.from('Mac OS X        '), Buffer.alloc(100)]);
  assert.ok(rules(check('._x.xml', apple)).has('not-text'));
});

test('a 10 MB single line without a newline', () => {
  const line = 'a,'.repeat(5 * 1024 * 1024);
  const r = check('wide.csv', line);
  assert.equal(r.format, 'csv');
  assert.ok(Array.isArray(r.findings));
  const json = check('long.json', '"' + 'x'.repeat(10 * 1024 * 1024) + '"');
  assert.ok(!rules(json).has('invalid-json'));
});

test('a line of 15 million fields (30 MB) is checked in bounded memory, its duplicate names listed briefly', () => {
  // each column used to get its own profile counters: 15 million objects ran out of memory
  const before = process.memoryUsage().rss;
  const r = check('wide.csv', 'a,'.repeat(15_000_000));
  assert.ok(process.memoryUsage().rss - before < 1 << 30, 'less than 1 GB more');
  const dup = r.findings.find(f => f.rule === 'duplicate-header');
  assert.ok(dup, 'the repeated name is reported');
  assert.ok(dup.message.length < 300, dup.message.slice(0, 300));
  assert.match(dup.message, /columns A, B, C, D, E, F, G, H, …\)/);
});

test('a file of nothing but NUL bytes is not text (no padding exemption without content)', () => {
  for (const n of [8, 1000, 3 << 20]) {
    const r = check('zeros.csv', new Uint8Array(n));
    assert.equal(r.encoding.name, 'binary', `${n} NULs`);
    assert.ok(rules(r).has('not-text'));
  }
  // text padded with NULs by its exporter stays text
  const padded = check('padded.csv', Buffer.concat([Buffer.from('a,b\n1,2\n'), Buffer.alloc(64)]));
  assert.equal(padded.encoding.name, 'utf-8');
});

test('unbalanced quotes give a quote-error at a position', () => {
  const r = check('q.csv', 'a,b\n1,"2\n3,4\n');
  const f = r.findings.find(x => x.rule === 'quote-error');
  assert.ok(f, JSON.stringify(r.findings));
  assert.equal(f.line, 2);
});

test('truncated UTF-8 and UTF-16 do not crash and keep their encoding', () => {
  const utf8 = Buffer.concat([Buffer.from('名稱,值\n臺北,1\n'), Buffer.from('臺').subarray(0, 2)]);
  const r8 = check('cut.csv', utf8);
  assert.equal(r8.encoding.name, 'utf-8');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名稱\t值\r\n臺北\t1\r\n', 'utf16le'), Buffer.from([0x41])]);
  const r16 = check('cut16.csv', utf16);
  assert.equal(r16.encoding.name, 'utf-16le');
  assert.ok(rules(r16).has('non-utf8-encoding'));
});

test('JSON nested 100,000 deep, valid and unterminated', () => {
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  assert.ok(!rules(check('deep.json', deep)).has('invalid-json'));
  const open = check('open.json', '['.repeat(100000));
  const f = open.findings.find(x => x.rule === 'invalid-json');
  assert.ok(f);
});

test('billion laughs and an external entity: well-formed, never expanded, never fetched', () => {
  const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ']>', '<lolz>&lol9;</lolz>'].join('\n');
  const r = check('lol.xml', lol);
  assert.equal(r.format, 'xml');
  assert.ok(!rules(r).has('invalid-xml'), JSON.stringify(r.findings));
  const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
  const x = check('xxe.xml', xxe);
  assert.ok(!JSON.stringify(x).includes('root:'), 'the file was not read');
});

test('a file of only newlines and delimiters', () => {
  const r = check('blank.csv', '\n\n,,,\n\r\n');
  assert.ok(Array.isArray(r.findings));
  assert.ok(['none', 'bronze', 'silver', 'gold'].includes(r.badge.level));
});

test('hostile API documents: an alias bomb, 100,000 nested brackets, truncated text, binary after the key', async () => {
  const head = 'openapi: 3.0.3\ninfo:\n  title: t\n  version: "1"\npaths: {}\n';
  let bomb = head + 'x-0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) { bomb += `x-${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(',')}]\n`; }
  const inputs: [string, Uint8Array][] = [
    ['bomb.yaml', Buffer.from(bomb)],
    ['deep.yaml', Buffer.from(head + 'x-deep: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n')],
    ['deep.json', Buffer.from('{"openapi": "3.0.3", "x": ' + '['.repeat(100000) + ']'.repeat(100000) + '}')],
    ['cut.yaml', Buffer.from('openapi: 3.0.3\ninfo:\n  title: 勞動\n').subarray(0, -2)],
    ['bin.json', Buffer.concat([Buffer.from('{"openapi": "3.0.0"'), Buffer.from(Array.from({ length: 2560 }, (_, i) => i % 256))])],
  ];
  for (const [path, bytes] of inputs) {
    const r = await checkBytesOrApi({ path, bytes: new Uint8Array(bytes) }, { today: '2026-11-26' });
    // a finding (or, for the binary one, not-text), and never a badge-less silence
    assert.ok(r.findings.length > 0, `${path}: ${JSON.stringify(r.findings)}`);
    if (r.api) { assert.equal(r.api.valid, false, path); }
    if (path === 'deep.yaml') { assert.deepEqual(r.findings.map(f => f.message), ['The document is nested too deeply to be read.']); }
  }
});
