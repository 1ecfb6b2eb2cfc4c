// The command line as other tools use it: the JSON contract, exit statuses, SARIF, and fix's
// promises (verified, atomic, original kept, refusal leaves the file untouched).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { checkBytes } from '../../src/core/engine';
import { longTable } from '../fixtures/long-table';

const ROOT = resolve(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SAMPLES = join(ROOT, 'samples');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'odb-cli-'));
}

describe('check', () => {
  test('JSON output follows the contract on the samples', () => {
    const r = cli('check', SAMPLES, '--format', 'json', '--today', '2026-11-26', '--offline');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.ok(out.files.length >= 5);
    for (const f of out.files) {
      assert.equal(typeof f.path, 'string');
      assert.ok(['csv', 'tsv', 'json', 'xml', 'metadata', 'unknown'].includes(f.format), f.format);
      assert.equal(typeof f.encoding.name, 'string');
      assert.equal(typeof f.encoding.bom, 'boolean');
      assert.equal(typeof f.encoding.confidence, 'number');
      for (const x of f.findings) {
        for (const k of ['line', 'column', 'endLine', 'endColumn']) { assert.ok(Number.isInteger(x[k]) && x[k] >= 1, k); }
        assert.ok(['error', 'warning', 'info'].includes(x.severity));
        assert.equal(typeof x.rule, 'string');
        assert.equal(typeof x.message, 'string');
      }
      assert.ok(['none', 'bronze', 'silver', 'gold'].includes(f.badge.level));
    }
    const wages = out.files.find((f: { path: string }) => f.path.endsWith('monthly-wages.csv'));
    assert.equal(wages.encoding.name, 'big5');
    const rules = new Set(wages.findings.map((x: { rule: string }) => x.rule));
    for (const id of ['non-utf8-encoding', 'subtotal-row', 'title-row', 'notes-row', 'blank-row', 'metadata-encoding-mismatch']) {
      assert.ok(rules.has(id), `${id} in ${[...rules]}`);
    }
    const gold = out.datasets.find((d: { name: string }) => d.name === '職業訓練結訓學員就業率');
    assert.equal(gold.badge.level, 'gold', JSON.stringify(gold.badge));
    assert.equal(gold.resources.length, 3);
  });

  test('--min-badge: 1 when a dataset falls short, 0 when all reach it', () => {
    assert.equal(cli('check', SAMPLES, '--min-badge', 'gold', '--today', '2026-11-26', '--offline').status, 1);
    assert.equal(cli('check', join(SAMPLES, 'training-employment'), '--min-badge', 'gold', '--today', '2026-11-26', '--offline').status, 0);
  });

  test('usage errors and unreadable inputs exit 2', () => {
    assert.equal(cli('check').status, 2);
    assert.equal(cli('check', SAMPLES, '--format', 'yaml').status, 2);
    assert.equal(cli('check', SAMPLES, '--today', '2026-13-01').status, 2);
    const r = cli('check', join(tmp(), 'nope.csv'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read/);
  });

  test('SARIF 2.1.0 with rules and regions', () => {
    const r = cli('check', join(SAMPLES, 'monthly-wages'), '--format', 'sarif', '--today', '2026-11-26', '--offline');
    const s = JSON.parse(r.stdout);
    assert.equal(s.version, '2.1.0');
    const results = s.runs[0].results;
    assert.ok(results.length > 0);
    assert.ok(results.every((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0].physicalLocation.region.startLine >= 1));
  });

  test('text output groups by file and ends with a summary line', () => {
    const r = cli('check', SAMPLES, '--today', '2026-11-26', '--offline');
    assert.match(r.stdout, /monthly-wages\.csv/);
    assert.match(r.stdout, /\d+ files?, \d+ errors?, \d+ warnings?/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colours when NO_COLOR is set');
  });

  test('a table over 4 MB (streamed) gets the report the engine gives its bytes in memory', () => {
    const d = tmp();
    const bytes = iconv.encode(longTable(300000), 'big5');
    assert.ok(bytes.length > 4 << 20);
    writeFileSync(join(d, 'big.csv'), bytes);
    const r = cli('check', join(d, 'big.csv'), '--format', 'json', '--today', '2026-11-26', '--offline');
    const got = JSON.parse(r.stdout).files[0];
    const want = checkBytes({ path: join(d, 'big.csv'), bytes: new Uint8Array(bytes) }, { today: '2026-11-26' });
    const brief = (fs: { rule: string; line: number; column: number; endLine: number; endColumn: number }[]) => fs.map(f => [f.rule, f.line, f.column, f.endLine, f.endColumn]);
    assert.deepEqual(brief(got.findings), brief(want.findings));
    assert.deepEqual(got.encoding, want.encoding);
    assert.equal(got.badge.level, want.badge.level);
    assert.ok(got.findings.some((f: { rule: string; line: number }) => f.rule === 'notes-row' && f.line > 300000));
  });

  test('bad input never crashes: 0 bytes, binary, unbalanced quotes', () => {
    const d = tmp();
    writeFileSync(join(d, 'empty.csv'), '');
    writeFileSync(join(d, 'zip.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 0, 0, 0xff]));
    writeFileSync(join(d, 'quotes.csv'), 'a,b\n"1,2\n3,4\n');
    writeFileSync(join(d, 'bad.json'), '{"a": [1, 2');
    writeFileSync(join(d, 'bad.xml'), '<a><b></a>');
    const r = cli('check', d, '--format', 'json', '--offline');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    const by = (n: string) => out.files.find((f: { path: string }) => f.path.endsWith(n));
    assert.equal(by('zip.csv').format, 'unknown');
    assert.ok(by('zip.csv').findings.some((x: { rule: string }) => x.rule === 'not-text'));
    assert.ok(by('quotes.csv').findings.some((x: { rule: string }) => x.rule === 'quote-error'));
    assert.ok(by('bad.json').findings.some((x: { rule: string }) => x.rule === 'invalid-json'));
    assert.ok(by('bad.xml').findings.some((x: { rule: string }) => x.rule === 'invalid-xml'));
  });
});

describe('fix', () => {
  test('--utf8 converts Big5 to UTF-8 with a BOM, keeps FILE.orig, and the result reads back exactly', () => {
    const d = tmp();
    cpSync(join(SAMPLES, 'monthly-wages'), d, { recursive: true });
    const file = join(d, 'monthly-wages.csv');
    const before = readFileSync(file);
    const r = cli('fix', file, '--utf8');
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const after = readFileSync(file);
    assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(after.subarray(3).toString('utf8'), iconv.decode(before, 'big5'));
    assert.deepEqual(readFileSync(file + '.orig'), before);
    assert.ok(!readdirSync(d).some(n => n.endsWith('.tmp')), 'no temporary file left');
  });

  test('refuses a Big5 file with a user-defined character and leaves it untouched', () => {
    const d = tmp();
    const file = join(d, 'villages.csv');
    // 95CD: 塩 in the Tainan file (EUDC area), between ordinary Big5 text
    const bytes = Buffer.concat([iconv.encode('里名,人口\r\n', 'big5'), Buffer.from([0x95, 0xcd]), iconv.encode('行里,120\r\n', 'big5')]);
    writeFileSync(file, bytes);
    const r = cli('fix', file, '--utf8');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /95CD/i);
    assert.deepEqual(readFileSync(file), bytes);
    assert.ok(!existsSync(file + '.orig'));
  });

  test('--all --dry-run writes nothing; --all removes blank and subtotal rows', () => {
    const d = tmp();
    const file = join(d, 'rows.csv');
    const text = '\uFEFF地區,人數\r\n臺北市,10\r\n\r\n新北市,20\r\n合計,30\r\n';
    writeFileSync(file, text);
    const dry = cli('fix', file, '--all', '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    assert.equal(readFileSync(file, 'utf8'), text);
    // the diff of what it would do
    assert.match(dry.stdout, /^-合計,30\r?$/m);
    assert.match(dry.stdout, /^-\r?$/m);
    const r = cli('fix', file, '--all', '--no-backup');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), '\uFEFF地區,人數\r\n臺北市,10\r\n新北市,20\r\n');
    assert.ok(!existsSync(file + '.orig'));
  });

  test('--all skips a restructuring on an uncertain decision and says why; the certain fixes are applied', () => {
    const d = tmp();
    const file = join(d, 'header.csv');
    // joining would name two columns 人數_男: the join needs a person
    const text = '\uFEFF縣市,人數,,人數,\n,男,女,男,女\n臺北市,5,6,7,8\n新北市,1,2,3,4\n\n';
    writeFileSync(file, text);
    const r = cli('fix', file, '--all', '--no-backup');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /not applied: Join the two header rows .*two columns would have the same name/);
    assert.equal(readFileSync(file, 'utf8'), '\uFEFF縣市,人數,,人數,\n,男,女,男,女\n臺北市,5,6,7,8\n新北市,1,2,3,4\n');
  });
});
