// checkJson on hostile input: extreme nesting, a 10 MB single line, binary, cancellation.
// (No timings are asserted: a hang shows as the test runner's timeout.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJson } from '../../src/core/json/check';
import { CancelledError } from '../../src/core/types';

describe('nesting without recursion', () => {
  test('100,000 nested arrays, closed: valid', () => {
    const r = checkJson('['.repeat(100_000) + ']'.repeat(100_000));
    assert.equal(r.error, null);
  });

  test('100,000 nested objects, closed: valid', () => {
    const r = checkJson('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
    assert.equal(r.error, null);
    assert.equal(r.recordPath, null);
  });

  test('100,000 opening brackets, never closed: the innermost is named', () => {
    const r = checkJson('['.repeat(100_000));
    assert.equal(r.error?.message,
      'Unexpected end of input: the array opened at line 1, column 100000 is not closed');
  });

  test('one bracket too many closes at the exact place', () => {
    const r = checkJson('['.repeat(50_000) + ']'.repeat(50_001));
    assert.equal(r.error?.column, 100_001);
    assert.match(r.error!.message, /after the end of the JSON value/);
  });

  test('a wrong closing bracket deep inside', () => {
    const r = checkJson('['.repeat(100_000) + '}');
    assert.match(r.error!.message, /^Unexpected '}': expected a value/);
  });
});

describe('large input', () => {
  test('a 10 MB single line of records is read whole', () => {
    const rec = '{"站名":"臺北","值":12.5,"備註":"a \\"quoted\\" text"}';
    const n = Math.ceil(10_000_000 / (rec.length + 1));
    const text = '[' + Array(n).fill(rec).join(',') + ']';
    assert.ok(text.length >= 10_000_000);
    const r = checkJson(text);
    assert.equal(r.error, null);
    assert.deepEqual([r.recordPath, r.recordCount, r.fields], ['', n, ['站名', '值', '備註']]);
  });

  test('a 10 MB single line with an error at its very end: exact column', () => {
    const body = '[' + Array(1_000_000).fill('12345678').join(',');
    const r = checkJson(body + ',]');
    assert.equal(r.error?.line, 1);
    assert.equal(r.error?.column, body.length + 2);
    assert.match(r.error!.message, /^Trailing comma/);
  });

  test('a 10 MB string that never ends', () => {
    const r = checkJson('{"a":"' + 'x'.repeat(10_000_000));
    assert.equal(r.error?.message, 'Unterminated string: the file ends before its closing quote. Was the download cut short?');
  });
});

describe('garbage', () => {
  test('binary bytes decoded as text', () => {
    const junk = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    assert.notEqual(checkJson(junk).error, null);
  });

  test('a ZIP header', () => {
    assert.match(checkJson('PK\u0003\u0004\u0014\u0000').error!.message, /^Unexpected 'P': expected a value/);
  });

  test('HTML instead of JSON (an error page)', () => {
    assert.match(checkJson('<!DOCTYPE html><html>').error!.message, /^Unexpected '<': expected a value/);
  });

  test('a leading BOM that was not stripped is skipped (the utf8-bom rule reports it)', () => {
    assert.equal(checkJson('\ufeff[1]').error, null);
  });

  test('U+FFFD from a decoding error inside a string is just a character', () => {
    assert.equal(checkJson('["\ufffd\ufffd"]').error, null);
  });
});

describe('cancellation', () => {
  test('an aborted signal stops a large check with CancelledError', () => {
    const text = '[' + Array(200_000).fill('{"a":1}').join(',') + ']';
    assert.throws(() => checkJson(text, { aborted: true }), CancelledError);
  });

  test('a signal that is not aborted changes nothing', () => {
    assert.equal(checkJson('[1]', { aborted: false }).error, null);
  });
});
