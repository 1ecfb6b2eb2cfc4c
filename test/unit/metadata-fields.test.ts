// 主要欄位說明 in the three written forms, and the two-way comparison with a file's fields.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFields, detectFieldSeparator, normaliseFieldName, parseFieldList } from '../../src/core/metadata/field-list';

const names = (t: string) => parseFieldList(t).map(i => i.name);

describe('parseFieldList', () => {
  test('`;` with (description) suffixes', () => {
    const t = 'no(序);area_name(區域);city_name(區域2)';
    const items = parseFieldList(t);
    assert.deepEqual(items.map(i => [i.name, i.description]), [['no', '序'], ['area_name', '區域'], ['city_name', '區域2']]);
    // offsets are those of the name in the text
    assert.deepEqual(items.map(i => t.slice(i.start, i.end)), ['no', 'area_name', 'city_name']);
    assert.equal(items[1].suffix, '(區域)');
  });

  test('descriptions holding commas, 、 and nested or full-width brackets stay in one item', () => {
    const t = 'year(年度, 西元);rate(就業率(%));note（說明，含、頓號）;addr[地址;含分號]';
    assert.deepEqual(names(t), ['year', 'rate', 'note', 'addr']);
    assert.equal(parseFieldList(t)[1].description, '就業率(%)');
    assert.equal(parseFieldList(t)[2].description, '說明，含、頓號');
  });

  test('`、` form', () => {
    assert.deepEqual(names('序號、補習班名稱、地址'), ['序號', '補習班名稱', '地址']);
    assert.equal(detectFieldSeparator('序號、補習班名稱、地址'), '、');
  });

  test('`,` form, with and without spaces; full-width comma', () => {
    assert.deepEqual(names('欄位A,欄位B'), ['欄位A', '欄位B']);
    assert.deepEqual(names('x, y, z'), ['x', 'y', 'z']);
    assert.equal(detectFieldSeparator('x, y, z'), ', ');
    assert.deepEqual(names('甲，乙'), ['甲', '乙']);
  });

  test('`;` beats `、` and `,` found inside names', () => {
    assert.deepEqual(names('年,月;地區、縣市;值'), ['年,月', '地區、縣市', '值']);
  });

  test('trims ASCII and ideographic spaces, drops empty items and quotes', () => {
    const t = '\u3000 a ; ;"b";「c」; ';
    assert.deepEqual(names(t), ['a', 'b', 'c']);
    const a = parseFieldList(t)[0];
    assert.equal(t.slice(a.start, a.end), 'a');
  });

  test('unbalanced brackets still split', () => {
    assert.deepEqual(names('a(b;c'), ['a(b', 'c']);
    assert.deepEqual(names('a)b;c'), ['a)b', 'c']);
  });

  test('one field, empty text, and a name that is only brackets', () => {
    assert.deepEqual(names('單一欄位'), ['單一欄位']);
    assert.deepEqual(names(''), []);
    assert.deepEqual(names('(空白);b'), ['(空白)', 'b']);
  });

  test('a long list is linear enough', () => {
    const t = Array.from({ length: 20000 }, (_, i) => `f${i}(說明${i})`).join(';');
    const t0 = Date.now();
    assert.equal(parseFieldList(t).length, 20000);
    assert.ok(Date.now() - t0 < 2000);
  });
});

describe('compareFields', () => {
  test('equal sets in another order match', () => {
    assert.deepEqual(compareFields(['b', 'a'], ['a', 'b']), { missing: [], extra: [], matched: 2 });
  });

  test('missing and extra, both ways', () => {
    assert.deepEqual(compareFields(['a', 'b', 'c'], ['a', 'd']), { missing: ['b', 'c'], extra: ['d'], matched: 1 });
  });

  test('an XML namespace prefix does not matter: cwb:locationName is locationName, both ways', () => {
    assert.deepEqual(compareFields(['locationName', 'stationId'], ['cwb:locationName', 'cwb:stationId']), { missing: [], extra: [], matched: 2 });
    assert.deepEqual(compareFields(['cwb:locationName'], ['locationName']), { missing: [], extra: [], matched: 1 });
    // a Chinese name with a colon in it is no prefixed name
    assert.deepEqual(compareFields(['元'], ['金額:元']), { missing: ['元'], extra: ['金額:元'], matched: 0 });
  });

  test('normalises case (Latin), width, spaces incl. U+3000, NFKC', () => {
    const r = compareFields(['ＡＢＣ', ' Name\u3000', '就業率（%）'], ['abc', 'name', '就業率(%)']);
    assert.deepEqual(r, { missing: [], extra: [], matched: 3 });
    assert.equal(normaliseFieldName('\u3000Ｆｏｏ  Bar '), 'foo bar');
  });

  test('(description) suffixes are ignored either side; exact matches are paired first', () => {
    assert.deepEqual(compareFields(['年度(西元年)', '就業率(%)'], ['年度', '就業率(%)']).matched, 2);
    assert.deepEqual(compareFields(['就業率'], ['就業率(%)']).matched, 1);
    // `a(x)` must not take the column `a` away from the declared `a`
    assert.deepEqual(compareFields(['a(x)', 'a'], ['a', 'a(x)']), { missing: [], extra: [], matched: 2 });
  });

  test('duplicates count (multiset)', () => {
    assert.deepEqual(compareFields(['a', 'a'], ['a']), { missing: ['a'], extra: [], matched: 1 });
  });

  test('blank names are ignored', () => {
    assert.deepEqual(compareFields(['a', ' '], ['a', '']), { missing: [], extra: [], matched: 1 });
  });
});
