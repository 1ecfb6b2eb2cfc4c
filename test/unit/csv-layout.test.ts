// The analyzer's layout (delimiter, header, column names) and its streaming behaviour: rows in
// file order with their roles, also beyond the rows sampled for the layout.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './csv-harness';

describe('csv layout', () => {
  test('a plain header and its columns', () => {
    const a = analyse('縣市,人口\n臺北市,"2,500,000"\n新北市,"4,000,000"\n');
    assert.deepEqual(a.layout.columns, ['縣市', '人口']);
    assert.deepEqual(a.layout.headerRows.map(r => r.line), [1]);
    assert.equal(a.layout.noHeader, false);
    assert.deepEqual(a.rows.map(r => r.role), ['header', 'data', 'data']);
    assert.deepEqual(a.summary, { rows: 3, dataRows: 2, newline: '\n' });
  });

  test('column names of multi-row headers: labels of codes+labels, joined group+sub, the names under a unit row', () => {
    const codes = analyse('year ,city\n"年度 ",縣市\n110,臺北市\n111,臺北市\n');
    assert.equal(codes.layout.headerKind, 'codes-labels');
    assert.deepEqual(codes.layout.columns, ['年度', '縣市']);
    const group = analyse('縣市,薪資,,工時\n,男,女,\n臺北市,50000,48000,170\n新北市,45000,43000,172\n');
    assert.equal(group.layout.headerKind, 'group-sub');
    assert.deepEqual(group.layout.columns, ['縣市', '薪資_男', '薪資_女', '工時']);
    const unit = analyse('"(股)","(股)","(元)"\n代號,成交股數,成交金額\n1101,"34,149",1405\n1102,"12,000",500\n');
    assert.equal(unit.layout.headerKind, 'unit');
    assert.deepEqual(unit.layout.columns, ['代號', '成交股數', '成交金額']);
    assert.deepEqual(unit.layout.blankHeaderCells, []);
  });

  test('no header when the first row holds values like the rows below', () => {
    const a = analyse('1,2,2024-01-01\n3,4,2024-01-02\n5,6,2024-01-03\n');
    assert.equal(a.layout.noHeader, true);
    assert.deepEqual(a.layout.columns, []);
    assert.ok(a.rows.every(r => r.role === 'data'));
  });

  test('years as column names are still a header', () => {
    const a = analyse('縣市,2019,2020,2021\n臺北市,"2,645,041","2,602,418","2,524,393"\n新北市,"4,018,696","4,030,954","4,008,113"\n');
    assert.equal(a.layout.noHeader, false);
    assert.deepEqual(a.layout.columns, ['縣市', '2019', '2020', '2021']);
  });

  test('the delimiter: tabs in a .csv, semicolons, commas in a .tsv; a lone column keeps the expected one', () => {
    assert.equal(analyse('a\tb\n1\t2\n3\t4\n').layout.delimiter, '\t');
    assert.equal(analyse('a;b;c\n1;2;3\n4;5;6\n').layout.delimiter, ';');
    assert.equal(analyse('a,b\n1,2\n', { expectedDelimiter: '\t' }).layout.delimiter, ',');
    assert.equal(analyse('name\nx\ny\n').layout.delimiter, ',');
    assert.equal(analyse('a,b\n"1\t2",3\n4,5\n').layout.delimiter, ',');
  });

  test('a trailing delimiter: width counts it, the column names do not', () => {
    const a = analyse('"日期","價","空白"\n"1/1","2",\n"1/2","3",\n');
    assert.equal(a.layout.trailingDelimiter, true);
    assert.equal(a.layout.width, 3);
    assert.deepEqual(a.layout.columns, ['日期', '價']);
  });

  test('line endings: the most common one', () => {
    assert.equal(analyse('a\r\nb\r\nc\n').summary.newline, '\r\n');
    assert.equal(analyse('a\rb\rc').summary.newline, '\r');
  });
});

describe('csv analyzer streaming', () => {
  test('rows beyond the layout sample keep their roles, in file order', () => {
    const lines = ['報表標題', '區,男,女'];
    for (let i = 0; i < 3000; i++) { lines.push(`區${i},${i % 7 + 1},${i % 5 + 2}`); }
    lines.push('合計,1,1', '', '區x,1,2', '資料來源：內政部', '1. 說明一');
    const a = analyse(lines.join('\n') + '\n', { chunk: 4096 });
    assert.deepEqual(a.rows.map(r => r.index), a.rows.map((_, i) => i));
    const roleAt = (line: number) => a.rows.find(r => r.line === line)?.role;
    assert.equal(roleAt(1), 'title');
    assert.equal(roleAt(2), 'header');
    assert.equal(roleAt(3003), 'subtotal');
    assert.equal(roleAt(3004), 'blank');
    assert.equal(roleAt(3005), 'data');
    assert.equal(roleAt(3006), 'notes');
    assert.equal(roleAt(3007), 'notes');
    assert.equal(a.summary.dataRows, 3001);
  });

  test('a total above many rows is not held forever: every row comes out, in order', () => {
    const lines = ['區,男,女', '全國,99999,99999'];
    for (let i = 0; i < 12000; i++) { lines.push(`區${i},${i % 7 + 1},${i % 5 + 2}`); }
    const a = analyse(lines.join('\n'), { chunk: 65536 });
    assert.equal(a.rows.length, 12002);
    assert.deepEqual(a.rows.map(r => r.index), a.rows.map((_, i) => i));
  });

  test('the sum of the rows above is found also after the sample, in long groups by the key columns', () => {
    const lines = ['區,男,女,代碼'];
    let m = 0;
    let f = 0;
    for (let i = 0; i < 2500; i++) {
      const a = i % 7 + 1;
      const b = i % 5 + 2;
      m += a;
      f += b;
      lines.push(`區${i},${a},${b},${1000 + i}`);
    }
    lines.push(`,${m},${f},`);
    const a = analyse(lines.join('\n') + '\n', { chunk: 10000 });
    const last = a.rows[a.rows.length - 1];
    assert.equal(last.role, 'subtotal');
    assert.deepEqual(last.sumOf, { fromLine: 2, toLine: 2501 });
    assert.equal(a.rows.filter(r => r.role === 'subtotal').length, 1);
  });
});
