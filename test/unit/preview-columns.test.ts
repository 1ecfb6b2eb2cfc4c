// The table preview's column profile: what kind of values a column holds (number, integer with
// thousands separators, ROC or Western date, code, text), its blanks, and when it is mixed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ColumnProfiler, valueKind } from '../../src/core/preview/column-kind';

describe('valueKind', () => {
  const cases: [string, ReturnType<typeof valueKind>][] = [
    ['12', 'number'], ['-3.5', 'number'], ['85%', 'number'], ['0', 'number'], ['0.25', 'number'], [' 42 ', 'number'],
    ['1,234', 'thousands'], ['12,345,678', 'thousands'], ['-1,234.50', 'thousands'],
    ['1,23', 'text'], ['12,3456', 'text'], [',123', 'text'],
    ['113/03/05', 'roc-date'], ['113年3月5日', 'roc-date'], ['民國113年3月', 'roc-date'], ['99-12-31', 'roc-date'],
    ['2024/03/05', 'date'], ['2024-03-05', 'date'], ['2024年3月5日', 'date'], ['2024-03-05T10:00:00Z', 'date'], ['2024/3', 'date'],
    ['2024/13/01', 'text'], ['113/02/40', 'text'],
    ['0050', 'code'], ['010', 'code'], ['A01', 'code'], ['F-123', 'code'], ['63000010ABC', 'code'],
    ['臺北市', 'text'], ['ABC', 'text'], ['A 01', 'text'], ['=SUM(A1:A3)', 'text'],
    ['', null], ['   ', null], ['\u3000', null], ['-', null], ['NA', null], ['…', null],
  ];
  for (const [v, kind] of cases) {
    test(`${JSON.stringify(v)} is ${kind ?? 'blank'}`, () => assert.equal(valueKind(v), kind));
  }
});

describe('ColumnProfiler', () => {
  test('the kind most values have, the blanks, cells beyond the width not profiled', () => {
    const p = new ColumnProfiler(3);
    p.add(['臺北市', '1,200', '113/01/05']);
    p.add(['新北市', '', '113/02/05', 'extra']);
    p.add(['桃園市', '3,400', '113/03/05']);
    p.add(['臺中市', '-']);
    const [a, b, c] = p.result();
    assert.equal(a.kind, 'text');
    assert.equal(a.blank, 0);
    assert.equal(b.kind, 'thousands');
    assert.equal(b.blank, 2);
    assert.equal(b.cells, 4);
    assert.equal(c.kind, 'roc-date');
    assert.equal(c.cells, 3, 'a missing cell is not a blank one');
  });

  test('mixed below 80% of one kind; empty when nothing is there', () => {
    const p = new ColumnProfiler(2);
    for (const v of ['1', '2', '3', 'a', 'b']) { p.add([v, '']); }
    const [mixed, empty] = p.result();
    assert.equal(mixed.kind, 'mixed');
    assert.equal(mixed.share, 0.6);
    assert.deepEqual([mixed.counts.number, mixed.counts.text], [3, 2]);
    assert.equal(empty.kind, 'empty');
    assert.equal(empty.blank, 5);
  });

  test('exactly 80% of one kind is that kind', () => {
    const p = new ColumnProfiler(1);
    for (const v of ['1', '2', '3', '4', 'a']) { p.add([v]); }
    assert.equal(p.result()[0].kind, 'number');
  });
});
