// The pre-checks before the total-keyword expressions rule out only cells that totalKeyword
// rejects, in text and in byte strings alike (generated labels from the characters that matter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { totalKeyword, type LabelForms } from '../../src/core/csv/keywords';
import { mayBeTotal, mayBeTotalLabel } from '../../src/core/csv/label-end';

const PIECES = [
  '合計', '總計', '小計', '總和', '共計', '總共', '總數', '平均', '全年', '整體', '全體', '體', '計', '男女', '性別', '區域別', '統計',
  'Total', 'total', 'Sub-total', 'Grand total', 'sum', 'Average', 'mean', 'Taiwan ', 's', 'l',
  '/', '／', '-', '－', ' ', '\u3000', '\u00a0', '\ufeff', '\t', '\n', '\u2003', '(', ')', '（', '）', '[', ']', '【', '】', '[income]', ':', '：', '(1+6)',
  '110年', '臺北市', '2019', '01', '_', '、', '😀', 'x',
];

function* labels(): Generator<string> {
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (const p of PIECES) { yield p; }
  for (let k = 0; k < 40000; k++) {
    let v = '';
    for (let n = 1 + rnd(5); n > 0; n--) { v += PIECES[rnd(PIECES.length)]; }
    yield v;
  }
}

const bytesOf = (v: string) => Buffer.from(v, 'utf8').toString('latin1');

test('mayBeTotalLabel never rules out a cell that totalKeyword accepts; byte strings agree with text', () => {
  let accepted = 0;
  let ruledOut = 0;
  for (const v of labels()) {
    const b = bytesOf(v);
    assert.equal(mayBeTotal(b, 0, b.length, true), mayBeTotal(v, 0, v.length), JSON.stringify(v));
    for (const forms of ['whole', 'named', 'path'] as LabelForms[]) {
      const text = mayBeTotalLabel(v, 0, v.length, forms, false);
      assert.equal(mayBeTotalLabel(b, 0, b.length, forms, true), text, `${forms} ${JSON.stringify(v)}`);
      if (totalKeyword(v, forms) !== null) {
        accepted++;
        assert.ok(text, `${forms} ${JSON.stringify(v)} is a total but was ruled out`);
      } else if (!text && mayBeTotal(v, 0, v.length)) {
        ruledOut++;
      }
    }
  }
  // the test means something: totals were found, and cells the old gate let through were ruled out
  assert.ok(accepted > 1000 && ruledOut > 1000, `${accepted} accepted, ${ruledOut} newly ruled out`);
});
