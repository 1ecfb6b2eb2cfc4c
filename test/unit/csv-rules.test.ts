// Every CSV rule with fixtures that must fire and fixtures that must not.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, linesOf } from './csv-harness';

const TABLE = '縣市,人口,面積\n臺北市,"2,500,000",271\n新北市,"4,000,000",2052\n桃園市,"2,300,000",1221\n';

describe('blank-row', () => {
  test('fires on empty rows, delimiter-only rows and whitespace rows (full-width space too)', () => {
    const f = check('a,b\n1,2\n\n,\n　, \n3,4\n', ['blank-row']);
    assert.deepEqual(linesOf(f, 'blank-row'), [3, 4, 5]);
    assert.equal(f[0].severity, 'error');
    assert.deepEqual(f[0].fixes, ['remove-blank-rows']);
    assert.equal(f[0].message, 'Blank row: remove it.');
  });
  test('does not fire on a table without blank rows, nor on a final line break', () => {
    assert.deepEqual(check(TABLE, ['blank-row']), []);
    assert.deepEqual(check('a,b\n"",1\n', ['blank-row']), []);
  });
});

describe('ragged-row', () => {
  test('fires on records with another field count; title and notes rows are reported for their role only', () => {
    const f = check('年度報表\na,b,c\n1,2,3\n4,5\n6,7,8,9\n資料來源：本部\n', ['ragged-row']);
    assert.deepEqual(linesOf(f, 'ragged-row'), [4, 5]);
    assert.match(f.find(x => x.line === 4)?.message ?? '', /^Wrong number of fields: 2, where the header has 3/);
  });
  test('does not fire on blank rows or on a consistent table', () => {
    assert.deepEqual(check('a,b,c\n1,2,3\n\n4,5,6\n', ['ragged-row']), []);
    assert.deepEqual(check(TABLE, ['ragged-row']), []);
  });
});

describe('title-row', () => {
  test('fires on caption rows above the header', () => {
    const f = check('106年09月市場成交資訊\n,,臺灣證券交易所,\n日期,成交股數,成交金額,漲跌\n106/09/01,"6,064",115,9.04\n106/09/04,"5,498",106,-24.95\n', ['title-row']);
    assert.deepEqual(linesOf(f, 'title-row'), [1, 2]);
    assert.deepEqual(f[0].fixes, ['remove-title-rows']);
  });
  test('does not fire without a caption, nor on a long title sentence inside the data', () => {
    assert.deepEqual(check(TABLE, ['title-row']), []);
    assert.deepEqual(check('id,title\n1,Total quality management in food safety\n2,Another article\n', ['title-row']), []);
  });
});

describe('multi-row-header', () => {
  test('English codes over Chinese labels (the MOI layout), joinable', () => {
    const f = check('year,city,pop\n年度,縣市,人口\n110,臺北市,2500000\n110,新北市,4000000\n', ['multi-row-header']);
    assert.equal(f.length, 1);
    assert.deepEqual([f[0].line, f[0].endLine], [1, 2]);
    assert.deepEqual(f[0].fixes, ['join-header-rows']);
  });
  test('a group row over sub-headers with merged blanks', () => {
    const f = check('縣市,薪資,,工時\n,男,女,\n臺北市,50000,48000,170\n新北市,45000,43000,172\n', ['multi-row-header']);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /薪資_男/);
  });
  test('a row of units above the column names', () => {
    const f = check(',(股),(元)\n代號,成交股數,成交金額\n1101,"34,149",1405\n1102,"12,000",500\n', ['multi-row-header']);
    assert.equal(f.length, 1);
    assert.equal(f[0].fixes, undefined);
  });
  test('a lone unit cell above the header is a title row, not a header row', () => {
    const text = '"(元,股)",,\n代號,成交股數,成交金額\n1101,"34,149",1405\n1102,"12,000",500\n';
    assert.deepEqual(check(text, ['multi-row-header']), []);
    assert.deepEqual(linesOf(check(text, ['title-row']), 'title-row'), [1]);
  });
  test('does not fire on a single header, nor on an all-text table', () => {
    assert.deepEqual(check(TABLE, ['multi-row-header']), []);
    assert.deepEqual(check('name,city\n王小明,臺北市\n李大華,新北市\n', ['multi-row-header']), []);
  });
});

describe('blank-header', () => {
  test('fires on each blank header cell, at the cell', () => {
    const f = check('a,,c\n1,2,3\n4,5,6\n', ['blank-header']);
    assert.equal(f.length, 1);
    assert.deepEqual([f[0].line, f[0].column], [1, 3]);
    const merged = check('縣市,薪資,,工時\n,男,女,\n臺北市,50000,48000,170\n新北市,45000,43000,172\n', ['blank-header']);
    assert.deepEqual(merged.map(x => [x.line, x.column]), [[1, 7], [2, 1], [2, 6]]);
  });
  test('does not fire on named columns, nor on a trailing delimiter', () => {
    assert.deepEqual(check(TABLE, ['blank-header']), []);
    assert.deepEqual(check('a,b,\n1,2,\n3,4,\n', ['blank-header']), []);
  });
});

describe('duplicate-header', () => {
  test('fires once per repeated name, as a warning', () => {
    const f = check('a,b,a,b,a\n1,2,3,4,5\n', ['duplicate-header']);
    assert.equal(f.length, 2);
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message, /^Duplicate column name "a": used 3 times/);
  });
  test('does not fire on unique names', () => {
    assert.deepEqual(check(TABLE, ['duplicate-header']), []);
  });
});

describe('subtotal-row', () => {
  test('fires on total keywords in label cells', () => {
    for (const kw of ['合計', '小計', '總計', '合　計', 'Total', 'Subtotal', 'Grand total', '總和', '證券合計(1+6)', '小計[income]', '合計【本年度】']) {
      const f = check(`項目,金額,件數\n甲,10,1\n乙,20,3\n${kw},31,4\n`, ['subtotal-row']);
      assert.deepEqual(linesOf(f, 'subtotal-row'), [4], kw);
    }
    const f = check('項目,金額,件數\n甲,10,1\n合計,31,4\n', ['subtotal-row']);
    assert.equal(f[0].message, 'Subtotal row: 合計 in label column A (項目). Remove it: totals can be computed from the data.');
    assert.deepEqual(f[0].fixes, ['remove-subtotal-rows']);
  });
  test('fires on rows that are the sum of the rows above, without a keyword', () => {
    const f = check('區,男,女\nA,10,12\nB,5,7\nC,3,4\n,18,23\nD,1,2\nE,2,2\n,3,4\n', ['subtotal-row']);
    assert.deepEqual(linesOf(f, 'subtotal-row'), [5, 8]);
    assert.match(f[0].message, /sum of rows 2–4/);
  });
  test('fires on a total right under the header (the sum of the rows below)', () => {
    const f = check('縣市,男,女\n全國,"1,800","2,300"\n甲市,"1,000","1,200"\n乙市,500,700\n丙市,300,400\n', ['subtotal-row']);
    assert.deepEqual(linesOf(f, 'subtotal-row'), [2]);
    assert.match(f[0].message, /sum of rows 3–5/);
  });
  test('does not fire on total columns, words that contain 合計, sentences, placeholders, or chance', () => {
    assert.deepEqual(check('年,月,總計人數,合計\n110,1,1553,5\n110,2,901,4\n', ['subtotal-row']), []);
    assert.deepEqual(check('計畫,金額\n綜合計畫,100\n一般計畫,200\n', ['subtotal-row']), []);
    assert.deepEqual(check('id,title,n\n1,The total effect of diet,3\n2,Other,4\n', ['subtotal-row']), []);
    assert.deepEqual(check('分類,產品品名,批號\n"","無資料",""\n', ['subtotal-row']), []);
    assert.deepEqual(check('項目,金額\n其　他,100\n合　作,200\n', ['subtotal-row']), []);
    // 0+1 = 1 in one column only, or a copy of one row: no total
    assert.deepEqual(check('v,a,b\nx,1,0\ny,0,1\nz,1,1\nw,1,1\n', ['subtotal-row']), []);
    assert.deepEqual(check('v,a,b\nx,0,0\ny,5,6\nz,5,6\n', ['subtotal-row']), []);
    // a row number (3 = 1 + 2) is no quantity: 12 = 5 + 7 alone is not enough
    assert.deepEqual(check('項次,姓名,件數\n1,王,5\n2,李,7\n3,陳,12\n4,林,1\n', ['subtotal-row']), []);
  });
});

describe('notes-row', () => {
  test('fires on notes keywords (also padded with empty cells) and on the lines that continue them', () => {
    for (const kw of ['資料來源：內政部', '說明:', '註：', '註1：試算', '註解：', '備註:', '附註', '單位：元', '資料提供日期：113/01/01', '製表：統計處', '填表說明：']) {
      const f = check(`a,b,c\n1,2,3\n${kw},,\n`, ['notes-row']);
      assert.deepEqual(linesOf(f, 'notes-row'), [3], kw);
    }
    const f = check('a,b,c\n1,2,3\n說明:\n1. 第一點\n2. 第二點\n', ['notes-row']);
    assert.deepEqual(linesOf(f, 'notes-row'), [3, 4, 5]);
    assert.deepEqual(f[0].fixes, ['remove-notes-rows']);
  });
  test('does not fire on data that only starts like a keyword, nor on a 備註 column', () => {
    assert.deepEqual(check('活動,日期,地點\n說明會,1/2,臺北\n註冊日,1/3,新北\n', ['notes-row']), []);
    assert.deepEqual(check('a,b,備註\n1,2,無\n3,4,-\n', ['notes-row']), []);
  });
});

describe('formula', () => {
  test('fires once per formula cell, at the cell', () => {
    const f = check('代號,名稱,值\n="0050",元大,=SUM(A1:A9)\n=+A1,x,1\n', ['formula']);
    assert.deepEqual(f.map(x => [x.line, x.column, x.endColumn]), [[2, 1, 7], [2, 12, 22], [3, 1, 4]]);
  });
  test('caps the list at 100 and says how many more', () => {
    const f = check('a,b\n' + '="1",x\n'.repeat(150), ['formula']);
    assert.equal(f.length, 101);
    assert.match(f[100].message, /^50 more formulas \(150 in all\), not listed one by one: the first of them is here/);
    assert.deepEqual([f[100].line, f[100].endLine], [102, 151]);
  });
  test('does not fire on = inside text', () => {
    assert.deepEqual(check('項目,說明\n指數,指數基期：民國110年=100\nx,a=b\n', ['formula']), []);
  });
});

describe('quote-error', () => {
  test('fires on an unclosed quote and on a stray quote, at the character', () => {
    const f = check('a,b\n1,5\'10" tall\n2,"open\n', ['quote-error']);
    assert.deepEqual(f.map(x => [x.line, x.column, x.endColumn]), [[2, 7, 7], [3, 3, 3]]);
  });
  test('does not fire on well-formed quoting, "" escapes and line breaks inside quotes', () => {
    assert.deepEqual(check('a,b\n"1,234","say ""hi"""\n"two\nlines",x\n', ['quote-error']), []);
  });
});

describe('delimiter-mismatch', () => {
  test('fires once when a .csv is tab-delimited, and the table is read with tabs', () => {
    const text = 'a\tb\tc\n1\t2\t3\n4\t5\t6\n';
    const f = check(text);
    assert.deepEqual(f.map(x => x.rule), ['delimiter-mismatch']);
    assert.equal(f[0].severity, 'warning');
  });
  test('fires when a .tsv holds commas; not for a comma .csv with tabs inside a value', () => {
    assert.equal(check('a,b\n1,2\n3,4\n', ['delimiter-mismatch'], 'tsv').length, 1);
    assert.deepEqual(check('a,b\n"x\ty",2\n3,4\n', ['delimiter-mismatch']), []);
  });
});

describe('trailing-delimiter', () => {
  test('fires once when every row ends with a delimiter, and nothing else does', () => {
    const f = check('a,b,\n1,2,\n3,4,\n');
    assert.deepEqual(f.map(x => [x.rule, x.severity, x.line]), [['trailing-delimiter', 'warning', 1]]);
    assert.deepEqual(f[0].fixes, ['remove-trailing-delimiter']);
  });
  test('any number of empty, unnamed columns at the end of every row: one warning, no blank-header error', () => {
    const f = check('區域,1月,2月,合計,,,,,,\n東區,1,2,3,,,,,,\n西區,4,5,9,,,,,,\n');
    assert.deepEqual(f.map(x => [x.rule, x.severity, x.line]), [['trailing-delimiter', 'warning', 1]]);
    assert.match(f[0].message, /6/);
  });
  test('does not fire when the last column has a name or some values', () => {
    assert.deepEqual(check('a,b,c\n1,2,\n3,4,\n', ['trailing-delimiter']), []);
    assert.deepEqual(check('a,b,\n1,2,x\n3,4,\n', ['trailing-delimiter']), []);
  });
});

describe('negatives from real files', () => {
  test('a clean table with "-" for missing values, quoted numbers and multi-line cells has no finding', () => {
    const text = '名稱,數量,說明\n"臺北市\n中正區","1,234",-\n其　他,--,"多行\n說明"\n新北市,"5,678",無\n';
    assert.deepEqual(check(text), []);
  });
  test('a tab-delimited file without a header row (first line is data)', () => {
    const authors = (i: number) => Array.from({ length: i % 4 + 1 }, (_, k) => `Author ${k}`).join(', ');
    const row = (i: number) => `Volume ${i}\tArticle ${i}: a title\t${authors(i)}\thttp://x.tw/${i}\t2014-01-0${i % 9 + 1}\t`;
    const text = Array.from({ length: 12 }, (_, i) => row(i)).join('\n') + '\n';
    const f = check(text);
    assert.deepEqual(f.map(x => x.rule), ['delimiter-mismatch']);
  });
});
