// "Convert to UTF-8": success, refusal (bytes untouched, reasons and EUDC listed), verification,
// the XML declaration and the BOM policy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { convertToUtf8, type ConvertResult } from '../../src/core/fixes/convert-utf8';
import { encodeUtf8, puaRecoverable, readsBackAs } from '../../src/core/fixes/utf8-verify';
import { rewriteXmlDeclaration } from '../../src/core/fixes/utf8-xml-declaration';
import { detectEncoding, pairForPua, pairIndex } from '../../src/core/encoding';
import { render } from '../../src/core/messages';
import {
  appleDouble, big5, bytes, changhuaBig5, hex, hkscsBig5, SIMPLIFIED_TEXT, tainanBig5, TRADITIONAL_TEXT,
  utf16be, utf16le,
} from '../fixtures/encoding/samples';

const BOM = [0xef, 0xbb, 0xbf];

function ok(r: ConvertResult): Extract<ConvertResult, { ok: true }> {
  if (!r.ok) { assert.fail(`refused: ${render(r.reason)}`); }
  return r;
}

function refused(r: ConvertResult): Extract<ConvertResult, { ok: false }> {
  if (r.ok) { assert.fail(`converted: ${r.changes.map(c => render(c)).join('; ')}`); }
  return r;
}

const templates = (r: { changes: { template: string }[] }) => r.changes.map(c => c.template);

describe('converting', () => {
  test('Big5 CSV -> UTF-8 with a BOM, exactly the same characters', () => {
    const r = ok(convertToUtf8(big5(TRADITIONAL_TEXT), { format: 'csv' }));
    assert.deepEqual([...r.bytes], [...BOM, ...Buffer.from(TRADITIONAL_TEXT, 'utf8')]);
    assert.equal(r.text, TRADITIONAL_TEXT);
    assert.equal(r.from.name, 'big5');
    assert.deepEqual(r.changes.map(c => render(c)), [
      'Converted from Big5 (CP950) to UTF-8.',
      'Added a byte-order mark (BOM) so that Excel opens the file as UTF-8.',
    ]);
  });

  test('bom: false for CSV is honoured', () => {
    const r = ok(convertToUtf8(big5(TRADITIONAL_TEXT), { format: 'csv', bom: false }));
    assert.deepEqual([...r.bytes], [...Buffer.from(TRADITIONAL_TEXT, 'utf8')]);
  });

  test('UTF-16LE/BE, GB18030 -> UTF-8', () => {
    const t = '區別\t人口\r\n中正區\t159608\r\n';
    assert.equal(ok(convertToUtf8(utf16le(t, true), { format: 'tsv' })).text, t);
    assert.equal(ok(convertToUtf8(utf16be(t, false), { format: 'tsv' })).text, t);
    const gb = ok(convertToUtf8(new Uint8Array(iconv.encode(SIMPLIFIED_TEXT, 'gb18030')), { format: 'csv' }));
    assert.equal(gb.text, SIMPLIFIED_TEXT);
    assert.equal(gb.from.name, 'gb18030');
  });

  test('JSON: never a BOM; bom: true is refused; a UTF-8 BOM is removed', () => {
    const json = '{"名稱":"櫃買指數","值":123}';
    const r = ok(convertToUtf8(big5(json), { format: 'json' }));
    assert.deepEqual([...r.bytes], [...Buffer.from(json, 'utf8')]);
    assert.match(render(refused(convertToUtf8(big5(json), { format: 'json', bom: true })).reason), /JSON file must not start with a byte-order mark/);
    const withBom = ok(convertToUtf8(bytes(BOM, json), { format: 'json' }));
    assert.deepEqual([...withBom.bytes], [...Buffer.from(json, 'utf8')]);
    assert.deepEqual(templates(withBom), ['Removed the byte-order mark (BOM), which JSON does not allow (RFC 8259).']);
  });

  test('already UTF-8: CSV gets its BOM; a fine file is left as it is, and says so', () => {
    const csv = bytes('年度,人數\n112,3\n');
    const added = ok(convertToUtf8(csv, { format: 'csv' }));
    assert.deepEqual([...added.bytes], [...BOM, ...csv]);
    assert.deepEqual(templates(added), ['Added a byte-order mark (BOM) so that Excel opens the file as UTF-8.']);
    const same = ok(convertToUtf8(bytes(BOM, csv), { format: 'csv' }));
    assert.deepEqual([...same.bytes], [...BOM, ...csv]);
    assert.deepEqual(templates(same), ['The file is already UTF-8 with a byte-order mark: nothing to change.']);
    const json = ok(convertToUtf8(bytes('{"a":1}'), { format: 'json' }));
    assert.deepEqual(templates(json), ['The file is already UTF-8: nothing to change.']);
    const removed = ok(convertToUtf8(bytes(BOM, csv), { format: 'csv', bom: false }));
    assert.deepEqual([...removed.bytes], [...csv]);
  });

  test('metadata / unknown format: the content decides (JSON -> no BOM, table -> BOM)', () => {
    assert.equal(ok(convertToUtf8(big5('{"資料集名稱":"人口"}'), { format: 'metadata' })).bytes[0], 0x7b);
    assert.equal(ok(convertToUtf8(big5('資料集名稱,編碼格式\n人口,BIG5\n'), { format: 'metadata' })).bytes[0], 0xef);
  });
});

describe('XML declaration', () => {
  test('encoding="big5" becomes "UTF-8" inside the declaration only; no BOM', () => {
    const xml = '<?xml version="1.0" encoding="big5"?>\n<資料 encoding="big5"><名稱>臺北</名稱></資料>\n';
    const r = ok(convertToUtf8(big5(xml), { format: 'xml' }));
    assert.equal(r.text, xml.replace('encoding="big5"?>', 'encoding="UTF-8"?>'));
    assert.equal(r.bytes[0], 0x3c);
    assert.ok(templates(r).includes('The XML declaration now says encoding="UTF-8" (it said "{0}").'));
  });

  test('a UTF-8 file that declares Big5 is corrected; single quotes; UTF-16 declarations', () => {
    assert.equal(ok(convertToUtf8(bytes(`<?xml version='1.0' encoding='BIG5'?><a/>`), { format: 'xml' })).text, `<?xml version='1.0' encoding='UTF-8'?><a/>`);
    assert.equal(ok(convertToUtf8(utf16le('<?xml version="1.0" encoding="UTF-16"?><a/>', true), { format: 'xml' })).text,
      '<?xml version="1.0" encoding="UTF-8"?><a/>');
  });

  test('nothing to rewrite: no declaration, no encoding attribute, already UTF-8, or not at the start', () => {
    assert.equal(rewriteXmlDeclaration('<a encoding="big5"/>'), null);
    assert.equal(rewriteXmlDeclaration('<?xml version="1.0"?><a/>'), null);
    assert.equal(rewriteXmlDeclaration('<?xml version="1.0" encoding="utf-8"?><a/>'), null);
    assert.equal(rewriteXmlDeclaration('<a/><?xml version="1.0" encoding="big5"?>'), null);
    assert.deepEqual(rewriteXmlDeclaration('<?xml version="1.0" encoding="Big5" standalone="yes"?><a/>'),
      { text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>', was: 'Big5' });
  });
});

describe('refusing', () => {
  test('user-defined characters: refused by default, every one listed with position and readings', () => {
    const r = refused(convertToUtf8(tainanBig5(), { format: 'csv' }));
    assert.match(render(r.reason), /^1 Big5 user-defined character \(造字\) has no certain reading/);
    assert.deepEqual(r.eudc, [{ line: 3, column: 5, bytes: '95CD', readings: { hkscs: '䋴', cp950: '\ue7c7', pua: '\ue7c7' } }]);
    assert.equal('bytes' in r, false);
    const many = refused(convertToUtf8(bytes(big5(TRADITIONAL_TEXT), ...Array.from({ length: 1200 }, () => hex('FA40'))), { format: 'csv' }));
    assert.equal(many.eudc?.length, 1200, 'the refusal lists every one, beyond the detector\'s usual cap');
  });

  test('eudc: pua / cp950 keep the bytes recoverable as private-use characters', () => {
    for (const eudc of ['pua', 'cp950'] as const) {
      const r = ok(convertToUtf8(tainanBig5(), { format: 'csv', eudc }));
      assert.ok(r.text.includes('安南區,\ue7c7行里'));
      assert.equal(pairForPua(0xe7c7), pairIndex(0x95, 0xcd));
      assert.ok(templates(r).some(t => t.includes('became a Windows private-use character (CP950)')));
    }
    assert.ok(ok(convertToUtf8(changhuaBig5(), { format: 'csv', eudc: 'pua' })).text.includes('手作\uf6e2店'));
  });

  test('eudc: hkscs takes the HKSCS reading, and refuses a character HKSCS lacks', () => {
    const tainan = ok(convertToUtf8(tainanBig5(), { format: 'csv', eudc: 'hkscs' }));
    assert.ok(tainan.text.includes('安南區,䋴行里'));
    assert.ok(templates(tainan).some(t => t.includes('with its Big5-HKSCS reading')));
    assert.ok(ok(convertToUtf8(hkscsBig5(), { format: 'csv', eudc: 'hkscs' })).text.includes('𣻗水,䋴行'));
    const r = refused(convertToUtf8(bytes(big5(TRADITIONAL_TEXT), hex('8140 FA40')), { format: 'csv', eudc: 'hkscs' }));
    assert.match(render(r.reason), /^1 Big5 user-defined character \(造字\) has no Big5-HKSCS reading/);
    assert.deepEqual(r.eudc?.map(c => c.bytes), ['8140']);
  });

  test('undecodable bytes are refused, never replaced', () => {
    const bad = bytes(big5(TRADITIONAL_TEXT), [0x80], big5('中文\r\n'));
    assert.equal(detectEncoding(bad).name, 'big5');
    assert.match(render(refused(convertToUtf8(bad, { format: 'csv' })).reason), /^1 byte sequence is not valid Big5/);
    const utf8Bad = bytes(TRADITIONAL_TEXT.repeat(30), [0xff], TRADITIONAL_TEXT);
    assert.match(render(refused(convertToUtf8(utf8Bad, { format: 'csv' })).reason), /not valid UTF-8/);
  });

  test('a file cut inside its last character is refused with that reason', () => {
    const cut = bytes('年度,人數\n112,臺北').subarray(0, 20);
    assert.match(render(refused(convertToUtf8(cut, { format: 'csv' })).reason), /cut off/);
    assert.match(render(refused(convertToUtf8(bytes(utf16le('ab', true), [0x41]), { format: 'csv' })).reason), /cut off/);
  });

  test('a real U+FFFD in the source is kept, not taken for a decoding error', () => {
    const r = ok(convertToUtf8(bytes('名稱\n米\ufffd國\n'), { format: 'csv', bom: false }));
    assert.equal(r.text, '名稱\n米\ufffd國\n');
  });

  test('binary is refused', () => {
    assert.match(render(refused(convertToUtf8(appleDouble(), { format: 'xml' })).reason), /is a macOS AppleDouble file .*not text/);
  });

  test('a doubled BOM would lose a character when written without BOM: refused by verification', () => {
    const r = refused(convertToUtf8(bytes(BOM, BOM, '{"a":1}'), { format: 'json' }));
    assert.match(render(r.reason), /verification failed/);
  });
});

describe('verification helpers', () => {
  test('readsBackAs: exact text and BOM, strictly', () => {
    assert.equal(readsBackAs(encodeUtf8('中文', true), '中文', true), true);
    assert.equal(readsBackAs(encodeUtf8('中文', false), '中文', true), false);
    assert.equal(readsBackAs(encodeUtf8('中文', false), '中交', false), false);
    assert.equal(readsBackAs(new Uint8Array([0xe4, 0xb8]), '\ufffd', false), false, 'strict: no replacement');
    assert.equal(readsBackAs(encodeUtf8('a\ud800b', false), 'a\ud800b', false), false, 'a lone surrogate cannot be written');
  });

  test('puaRecoverable: the private-use characters must name the original pairs, in order', () => {
    const e = detectEncoding(changhuaBig5()).eudc ?? [];
    assert.equal(puaRecoverable('手作\uf6e2店', e), true);
    assert.equal(puaRecoverable('手作\uf6e3店', e), false);
    assert.equal(puaRecoverable('手作店', e), false);
    assert.equal(puaRecoverable('\uf6e2\uf6e2', e), false);
  });
});
