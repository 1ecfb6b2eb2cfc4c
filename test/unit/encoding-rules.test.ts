// The three encoding rules: non-utf8-encoding, utf8-bom, not-text. Each is run on the detector's
// real answer for a fixture, with a context that records what the rule reports.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectEncoding } from '../../src/core/encoding';
import { render, type Msg } from '../../src/core/messages';
import type { ReportExtra, Rule, RuleContext } from '../../src/core/rules/rule';
import { LISTED_EUDC, rule as nonUtf8 } from '../../src/core/rules/non-utf8-encoding';
import { rule as notText } from '../../src/core/rules/not-text';
import { rule as utf8Bom } from '../../src/core/rules/utf8-bom';
import type { EncodingInfo, FileFormat, Range } from '../../src/core/types';
import {
  appleDouble, big5, bytes, changhuaBig5, hex, hkscsBig5, tainanBig5, TRADITIONAL_TEXT, utf16le, xlsxNamedCsv,
} from '../fixtures/encoding/samples';

interface Reported { range: Range; message: string; template: string; extra?: ReportExtra & { severity?: string } }

function run(r: Rule, encoding: EncodingInfo, path = 'data.csv', format: FileFormat = 'csv'): Reported[] {
  const out: Reported[] = [];
  const ctx: RuleContext = {
    path, format, encoding, metadata: null, today: '2026-01-01', graceDays: 0, firstLine: { line: 1, column: 1, endLine: 1, endColumn: 1 }, links: null, openapi: null,
    report: (range: Range, m: Msg, extra?: ReportExtra) => out.push({ range, message: render(m), template: m.template, extra }),
    setCriterion: () => undefined,
  };
  r.create(ctx).start?.();
  return out;
}

describe('non-utf8-encoding', () => {
  test('meta: warning, any format, no criterion', () => {
    assert.deepEqual([nonUtf8.id, nonUtf8.defaultSeverity, nonUtf8.formats, nonUtf8.criterion], ['non-utf8-encoding', 'warning', 'any', null]);
  });

  test('silent for UTF-8 (with or without BOM), ASCII and binary', () => {
    for (const data of [bytes(TRADITIONAL_TEXT), bytes([0xef, 0xbb, 0xbf], 'a,b'), bytes('a,b'), new Uint8Array(0), appleDouble()]) {
      assert.deepEqual(run(nonUtf8, detectEncoding(data)), []);
    }
  });

  test('Big5: one finding on line 1 naming Big5 (CP950), with the convert fix', () => {
    const f = run(nonUtf8, detectEncoding(big5(TRADITIONAL_TEXT)));
    assert.equal(f.length, 1);
    assert.equal(f[0].message, 'Not UTF-8 but Big5 (CP950): convert the file to UTF-8, which Excel and the platform expect.');
    assert.deepEqual(f[0].range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.deepEqual(f[0].extra?.fixes, ['convert-utf8']);
    assert.equal(f[0].extra?.severity, undefined);
  });

  test('UTF-16LE is named', () => {
    const f = run(nonUtf8, detectEncoding(utf16le('a\tb\r\n', true)));
    assert.match(f[0].message, /^Not UTF-8 but UTF-16LE/);
  });

  test('each user-defined character: an info finding at its exact place, naming bytes and readings', () => {
    const f = run(nonUtf8, detectEncoding(tainanBig5()));
    assert.equal(f.length, 2);
    // named for what it is, not as Hong Kong's variant (which would suggest --eudc hkscs)
    assert.match(f[0].message, /^Not UTF-8 but Big5 \(CP950, 造字\)/);
    assert.deepEqual(f[1].range, { line: 3, column: 5, endLine: 3, endColumn: 5 });
    assert.equal(f[1].extra?.severity, 'info');
    assert.match(f[1].message, /^Big5 user-defined character \(造字\), bytes 95CD: .*Big5-HKSCS reads 䋴, Windows \(CP950\) the private-use U\+E7C7/);
    const c = run(nonUtf8, detectEncoding(changhuaBig5()));
    assert.match(c[1].message, /bytes C6D2: .*攴.*U\+F6E2/);
  });

  test('an HKSCS reading of two UTF-16 units spans two columns; no HKSCS reading is said so', () => {
    const f = run(nonUtf8, detectEncoding(hkscsBig5()));
    assert.deepEqual(f[1].range, { line: 2, column: 1, endLine: 2, endColumn: 2 });
    const none = run(nonUtf8, detectEncoding(bytes(big5(TRADITIONAL_TEXT), hex('8140'))));
    assert.match(none[1].message, /bytes 8140: .*Big5-HKSCS has none, Windows \(CP950\) reads the private-use U\+EEB8/);
  });

  test(`at most ${LISTED_EUDC} listed, then one summary with the total`, () => {
    const many = bytes(big5(TRADITIONAL_TEXT), ...Array.from({ length: 70 }, () => hex('FA40')));
    const f = run(nonUtf8, detectEncoding(many));
    assert.equal(f.length, 1 + LISTED_EUDC + 1);
    assert.equal(f[f.length - 1].message, '20 more Big5 user-defined characters (造字), not listed (70 in all).');
    // the total survives a capped list (detection keeps counting past its own cap)
    const capped = run(nonUtf8, detectEncoding(many, { maxEudc: 5 }));
    assert.equal(capped.length, 1 + 5 + 1);
    assert.match(capped[capped.length - 1].message, /\(70 in all\)/);
  });
});

describe('utf8-bom', () => {
  test('meta: error, JSON only, fails structured', () => {
    assert.deepEqual([utf8Bom.defaultSeverity, utf8Bom.formats, utf8Bom.criterion], ['error', ['json'], 'structured']);
  });

  test('fires for JSON with a UTF-8 BOM, with the remove-bom fix', () => {
    const f = run(utf8Bom, detectEncoding(bytes([0xef, 0xbb, 0xbf], '{"a":1}')), 'a.json', 'json');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^Byte-order mark \(BOM\) before the JSON: RFC 8259 forbids it/);
    assert.deepEqual(f[0].extra?.fixes, ['remove-bom']);
  });

  test('silent for JSON without a BOM, and for a UTF-16 BOM (another rule names UTF-16)', () => {
    assert.deepEqual(run(utf8Bom, detectEncoding(bytes('{"a":1}')), 'a.json', 'json'), []);
    assert.deepEqual(run(utf8Bom, detectEncoding(utf16le('{"a":1}', true)), 'a.json', 'json'), []);
  });
});

describe('not-text', () => {
  test('meta: error, any format (the engine runs it on unknown-format binaries), fails structured', () => {
    assert.deepEqual([notText.defaultSeverity, notText.formats, notText.criterion], ['error', 'any', 'structured']);
  });

  test('names the extension and the kind', () => {
    const zip = run(notText, detectEncoding(bytes('PK', [3, 4], new Uint8Array(40))), 'data/wages.CSV', 'unknown');
    assert.equal(zip[0].message, 'Not text: this .csv is a ZIP archive.');
    const xlsx = run(notText, detectEncoding(xlsxNamedCsv()), 'a.csv', 'unknown');
    assert.equal(xlsx[0].message, 'Not text: this .csv is a ZIP archive (an Excel .xlsx workbook).');
    const ad = run(notText, detectEncoding(appleDouble()), '__MACOSX/._09007_72hr_CH.xml', 'unknown');
    assert.equal(ad[0].message, 'Not text: this .xml is a macOS AppleDouble file (resource fork).');
    const bare = run(notText, detectEncoding(appleDouble()), 'README', 'unknown');
    assert.equal(bare[0].message, 'Not text: this file is a macOS AppleDouble file (resource fork).');
  });

  test('silent for text in any encoding', () => {
    for (const data of [bytes(TRADITIONAL_TEXT), big5(TRADITIONAL_TEXT), utf16le('a\tb', false), new Uint8Array(0)]) {
      assert.deepEqual(run(notText, detectEncoding(data)), []);
    }
  });
});
