// The fast path reads a typed array of the text's codes instead of charCodeAt: those codes must
// be the string's, at every offset (a Uint16Array needs an even byte offset) and for lone
// surrogates, or the fast path would see other characters than the general one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codesOf } from '../../src/core/csv/scan-fast';

test('codesOf: u[k] is s.charCodeAt(off + k) for text and byte strings, at odd and even offsets', () => {
  const text = 'a,"臺北市"\r\n😀,\uD800x\uDC00,é\n';
  const bytes = Buffer.from('名稱,數量\n1,2\n', 'utf8').toString('latin1');
  for (const [s, utf8] of [[text, false], [bytes, true]] as const) {
    for (let from = 0; from < s.length; from++) {
      for (const to of [from + 1, s.length]) {
        const { u, off } = codesOf(s, from, to, utf8);
        assert.equal(off, from);
        assert.equal(u.length, to - from);
        for (let k = 0; k < u.length; k++) { assert.equal(u[k], s.charCodeAt(off + k), `${utf8 ? 'bytes' : 'text'} [${from}, ${to}) at ${k}`); }
      }
    }
  }
});
