// "Restore original" (issue 12, item 2): FILE.orig may replace FILE only while FILE is exactly a
// conversion of it, so that no edit made after Convert to UTF-8 is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { convertToUtf8 } from '../../src/core/fixes/convert-utf8';
import { canRestore } from '../../src/core/fixes/restore-original';
import { render } from '../../src/core/messages';

const big5 = new Uint8Array(iconv.encode('地區,人數\r\n臺北市,10\r\n新北市,20\r\n', 'big5'));

function converted(bytes: Uint8Array, o: Parameters<typeof convertToUtf8>[1]): Uint8Array {
  const r = convertToUtf8(bytes, o);
  assert.ok(r.ok, r.ok ? '' : render(r.reason));
  return r.bytes;
}

test('the conversion as written, with or without a BOM, may be restored', () => {
  assert.deepEqual(canRestore(big5, converted(big5, { format: 'csv' }), 'csv', 'a.csv'), { ok: true });
  assert.deepEqual(canRestore(big5, converted(big5, { format: 'csv', bom: false }), 'csv', 'a.csv'), { ok: true });
  const xml = new Uint8Array(iconv.encode('<?xml version="1.0" encoding="Big5"?><r><a>臺北</a></r>', 'big5'));
  assert.deepEqual(canRestore(xml, converted(xml, { format: 'xml' }), 'xml', 'a.xml'), { ok: true });
  // 造字 converted with a chosen reading (the CLI's --eudc)
  const eudc = new Uint8Array(Buffer.concat([iconv.encode('里名\r\n', 'big5'), Buffer.from([0x95, 0xcd]), iconv.encode('行里\r\n', 'big5')]));
  assert.deepEqual(canRestore(eudc, converted(eudc, { format: 'csv', eudc: 'pua' }), 'csv', 'v.csv'), { ok: true });
});

test('a file edited after the conversion is refused: restoring would lose the edit', () => {
  const edited = Buffer.concat([Buffer.from(converted(big5, { format: 'csv' })), Buffer.from('桃園市,30\r\n')]);
  const r = canRestore(big5, new Uint8Array(edited), 'csv', 'a.csv');
  assert.equal(r.ok, false);
  assert.equal(!r.ok && render(r.reason), 'a.csv changed since it was converted: restoring a.csv.orig would lose those changes. Nothing was written.');
  // one character changed is as much an edit
  const one = Buffer.from(converted(big5, { format: 'csv' }));
  one[one.length - 3] = 0x31;
  assert.equal(canRestore(big5, new Uint8Array(one), 'csv', 'a.csv').ok, false);
});

test('a file that already holds the original bytes has nothing to restore', () => {
  const r = canRestore(big5, big5, 'csv', 'a.csv');
  assert.equal(r.ok, false);
  assert.match(!r.ok ? render(r.reason) : '', /already holds the original bytes/);
});
