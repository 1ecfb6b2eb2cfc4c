// Row roles by class of real export (issue: "table roles that a careful person would agree
// with"). Each fixture is written for this test in the shape of a class seen in real government
// files; the expected roles are what a data officer would say of each line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, check } from './csv-harness';
import type { Finding } from '../../src/core/types';

/** the role of every line (a record spanning lines counts once, at its first line) */
function roles(text: string): Record<number, string> {
  const out: Record<number, string> = {};
  for (const r of analyse(text).rows) { out[r.line] = r.role; }
  return out;
}

function errorsOf(f: Finding[]): string[] {
  return f.filter(x => x.severity === 'error').sort((a, b) => a.line - b.line).map(x => `${x.rule}@${x.line}`);
}

describe('class: a total keyword inside free text is no subtotal', () => {
  test('a catalogue whose names contain 總計 / 合計 has no finding', () => {
    const text = [
      '資料集識別碼,資料集名稱,服務分類,檔案格式,更新頻率',
      '6563,工廠登記_各行業別家數總計,產業,CSV,每1月',
      '6564,工廠登記_各縣市家數合計,產業,CSV,每1月',
      '7010,臺中市各區人口數總計,人口,CSV,每1月',
      '7011,各級學校學生人數,教育,CSV,每1年',
    ].join('\n') + '\n';
    assert.deepEqual(check(text), []);
  });
  test('addresses and descriptions that contain a keyword are no labels', () => {
    const text = '名稱,地址,說明,件數\n甲站,臺北市合計路1號,本站合計收件,12\n乙站,新北市,"總計畫之一部分",30\n丙站,桃園市,無,7\n';
    assert.deepEqual(check(text, ['subtotal-row']), []);
  });
  test('a keyword label in a table with no numeric columns is information, not an error', () => {
    const text = '類別,項目,說明\n甲,蘋果,紅\n乙,香蕉,黃\n合計,2 項,12\n';
    const f = check(text, ['subtotal-row']);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.match(f[0].message, /^Maybe a subtotal row: 合計 in column A .*mostly text/);
    assert.equal(f[0].fixes, undefined);
  });
});

describe('class: hierarchical and dimension labels are subtotals', () => {
  test('interior-ministry path labels, 總　計, 合計 Total', () => {
    const text = [
      '統計項目,人數,男,女',
      '110年/ 區域別總計 / 教育程度別總計,"19,500","9,600","9,900"',
      '110年/ 區域別總計 / 國小,"7,000","3,500","3,500"',
      '110年/ 區域別總計 / 國中,"12,500","6,100","6,400"',
      '110年/ 臺北市 / 教育程度別總計,"5,000","2,400","2,600"',
      '110年/ 臺北市 / 國小,"2,000","1,000","1,000"',
      '110年/ 臺北市 / 國中,"3,000","1,400","1,600"',
    ].join('\n') + '\n';
    const r = roles(text);
    assert.deepEqual([r[2], r[3], r[4], r[5], r[6], r[7]], ['subtotal', 'subtotal', 'subtotal', 'subtotal', 'data', 'data']);
    const f = check(text, ['subtotal-row']);
    assert.match(f[0].message, /^Subtotal row: 總計 in label column A \(統計項目\)/);
  });
  test('dimension totals, 總　計 with U+3000 and 合計 Total', () => {
    for (const label of ['區域別總計', '國籍別總計', '總　計', '合計 Total', 'Total', '全國合計']) {
      const text = `地區,人口數,戶數\n${label},"3,000",900\n甲市,"1,000",300\n乙市,"2,000",600\n`;
      assert.equal(roles(text)[2], 'subtotal', label);
    }
  });
  test('計 (both sexes) rows between 男 and 女 rows', () => {
    const text = [
      '年底別,性別,人口數,出生數',
      '110年,計,"23,375",153',
      '110年,男,"11,578",79',
      '110年,女,"11,797",74',
      '111年,計,"23,264",139',
      '111年,男,"11,519",72',
      '111年,女,"11,745",67',
    ].join('\n') + '\n';
    const r = roles(text);
    assert.deepEqual([r[2], r[3], r[4], r[5], r[6], r[7]], ['subtotal', 'data', 'data', 'subtotal', 'data', 'data']);
    assert.ok(check(text, ['subtotal-row']).every(f => f.severity === 'error'));
  });
  test('the arithmetic is named: "equals the sum of rows"', () => {
    const text = '縣市,男,女\n臺北市,"1,200","1,300"\n新北市,"2,000","2,100"\n合計,"3,200","3,400"\n';
    const f = check(text, ['subtotal-row']);
    assert.match(f[0].message, /^Subtotal row: 合計 in label column A \(縣市\), and its numbers are the sum of rows 2–3/);
  });
  test('a total with no keyword, found by its numbers: strong with many digits, weak when it could be chance', () => {
    const strong = check('區,男,女\nA,"1,020","1,230"\nB,"5,110",712\n,"6,130","1,942"\n', ['subtotal-row']);
    assert.deepEqual(strong.map(f => f.severity), ['error']);
    const weak = check('區,男,女\nA,1,2\nB,3,1\nC,4,3\n', ['subtotal-row']);
    assert.deepEqual(weak.map(f => [f.line, f.severity]), [[4, 'info']]);
    assert.match(weak[0].message, /^Maybe a subtotal row: .*sum of rows 2–3/);
  });
  test('- for zero and thousands separators are read as numbers in the sums', () => {
    const text = '縣市,男,女,其他\n甲市,"1,200",800,-\n乙市,"2,300","1,700",5\n,"3,500","2,500",5\n';
    const r = roles(text);
    assert.equal(r[4], 'subtotal');
  });
});

describe('class: totals written above their parts (hierarchical codes, indented regions)', () => {
  test('industry sections over their sub-industries, a negative part included, one value column', () => {
    const text = [
      '" "," ","國內生產毛額(百萬元)"', '" "," ","原始值"', '"2007"',
      '" ","A.農、林、漁、牧業",191886', '" ","AA.農耕業",139746', '" ","AB.畜牧業",19357', '" ","AC.林業",1935', '" ","AD.漁業",30848',
      '" ","B.礦業及土石採取業",21279',
      '" ","D.電力及燃氣供應業",139959', '" ","DA.電力供應業",159788', '" ","DB.氣體燃料供應業",-19829',
      '" ","E.用水供應業",90877',
    ].join('\n') + '\n';
    const r = roles(text);
    assert.deepEqual([r[4], r[5], r[9], r[10], r[11], r[13]], ['subtotal', 'data', 'data', 'subtotal', 'data', 'data']);
    const f = check(text, ['subtotal-row']);
    assert.deepEqual(f.map(x => [x.line, x.severity]), [[4, 'error'], [10, 'error']]);
    assert.match(f[0].message, /sum of rows 5–8/);
  });
  test('regions over their counties, many numeric columns', () => {
    const text = [
      '縣市別,家數,資本額', '總計,"1,000","50,000"',
      '   臺灣地區,900,"45,000"', '      臺北市,500,"30,000"', '      新北市,400,"15,000"',
      '   金馬地區,100,"5,000"', '      金門縣,70,"3,100"', '      連江縣,30,"1,900"',
    ].join('\n') + '\n';
    const r = roles(text);
    assert.deepEqual([r[2], r[3], r[4], r[5], r[6], r[7], r[8]], ['subtotal', 'subtotal', 'data', 'data', 'subtotal', 'data', 'data']);
  });
});

describe('class: period totals of interior-ministry query exports', () => {
  test('a whole year (or a range of months) over the months the table also lists', () => {
    const rows = ['"死亡人數","男","女"'];
    const areas: [string, number, number][] = [['新北市', 0, 0], ['臺北市', 0, 0]];
    const months = [1, 2, 3];
    const per = (m: number, k: number) => [100 * m + 10 * k + 1, 50 * m + 5 * k + 2];
    rows.push('"109年 (1~3月)/ 區域別總計","3,000","1,500"');
    for (const [k, [a]] of areas.entries()) {
      const [x, y] = months.map(m => per(m, k)).reduce((s, v) => [s[0] + v[0], s[1] + v[1]], [0, 0]);
      rows.push(`"109年 (1~3月)/ ${a}","${x}","${y}"`);
    }
    for (const m of months) {
      rows.push(`"109年 ${m}月/ 區域別總計","900","450"`);
      for (const [k, [a]] of areas.entries()) { const [x, y] = per(m, k); rows.push(`"109年 ${m}月/ ${a}","${x}","${y}"`); }
    }
    const text = rows.join('\n') + '\n';
    const r = roles(text);
    assert.deepEqual([r[2], r[3], r[4], r[5], r[6], r[7]], ['subtotal', 'subtotal', 'subtotal', 'subtotal', 'data', 'data']);
    const f = check(text, ['subtotal-row']).find(x => x.line === 3);
    assert.match(f?.message ?? '', /the period 109年 \(1~3月\) in column A .* adds up the months/);
  });
  test('a table of years only has no period totals', () => {
    const text = '"期間/ 地區","人數"\n"107年/ 新北市","1,200"\n"108年/ 新北市","1,300"\n"109年/ 新北市","1,250"\n';
    assert.deepEqual(errorsOf(check(text)), []);
  });
});

describe('class: long names hold keywords without being labels', () => {
  test('a dataset list with view counts: 月平均-…, …總數 are names', () => {
    const names = ['蒙藏補助團體私人情形季報表', '月平均-局屬地面測站資料', '出境行李運送總數', '各級學校學生人數統計資料', '公路客運路線資料及站牌位置'];
    const text = '提供機關名稱,資料集名稱,瀏覽人次,下載次數\n' + names.map((n, i) => `機關${i},${n},"${1000 + i * 37}",${100 + i}`).join('\n') + '\n';
    assert.deepEqual(check(text, ['subtotal-row']), []);
  });
});

describe('class: a date format that starts halfway down a text table', () => {
  test('the first records are not header rows', () => {
    const rows = ['產品名稱,廠商,處分日期,備註'];
    for (let i = 0; i < 4; i++) { rows.push(`產品${i},廠商${i % 2},09 23 2013 12:00AM,無`); }
    for (let i = 0; i < 3; i++) { rows.push(`產品${i + 4},廠商${i % 2},2014/05/2${i},無`); }
    const a = analyse(rows.join('\n') + '\n');
    assert.deepEqual(a.layout.headerRows.map(r => r.line), [1]);
  });
});

describe('class: bilingual section labels (a Chinese name, then its English one)', () => {
  test('a label over its records, its English name on the next line, is a section, not a note', () => {
    const text = [
      '類型,觀光遊憩區,縣市別,1月,2月,合計',
      '國家風景區,鼻頭港服務區,新北市,"11,750","10,800","22,550"',
      ',龍洞灣公園,新北市,"1,624","1,902","3,526"',
      ',"東部海岸國家風景區\nEast Coast National Scenic Area",,,,',
      ',三仙臺,臺東縣,"39,428","75,932","115,360"',
      ',都歷遊客中心,臺東縣,"8,105","9,880","17,985"',
    ].join('\n') + '\n';
    assert.equal(roles(text)[4], 'section');
    assert.deepEqual(errorsOf(check(text)), []);
    // the same on one line
    assert.equal(roles(text.replace('區\nEast', '區 East'))[4], 'section');
  });
});

describe('class: columns named by numbers (hours, years)', () => {
  const header = (text: string) => analyse(text).layout;
  test('hours 01…24 over decimals, and two zero-padded hours, are the header', () => {
    const hours = Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0'));
    const row = (d: string) => [d, '二林', 'CO', ...hours.map((_, i) => (0.2 + i / 100).toFixed(2))].join(',');
    const l = header(['日期,測站,測項,' + hours.join(','), row('2009/1/1'), row('2009/1/2')].join('\n') + '\n');
    assert.deepEqual(l.headerRows.map(r => r.line), [1]);
    assert.equal(l.columns.length, 27);
    assert.deepEqual(header('測項,01,02\nCO,0.3,0.2\nNO,0.5,0.4\n').columns, ['測項', '01', '02']);
  });
  test('years as column names, even over numbers that could be ROC years', () => {
    assert.deepEqual(header('縣市,2019,2020\n臺北市,120,130\n新北市,210,220\n').columns, ['縣市', '2019', '2020']);
  });
  test('a headerless table whose rows all run 1,2,3 keeps its first row as data', () => {
    const l = header('A,1,2,3\nB,1,2,3\nC,1,2,3\n');
    assert.equal(l.noHeader, true);
  });
});

describe('class: another table stacked below ours', () => {
  test('its one-cell caption is a title row, not a section label', () => {
    const text = [
      '"指數","收盤指數","漲跌點數"', '"發行量加權","10,897.73","28.31"', '"未含金融","9,388.17","29.10"', '"電子類","518.92","1.72"',
      '"漲跌證券數合計"', '"類型","整體市場"', '"上漲","3,778"', '"下跌","2,985"',
    ].join('\n') + '\n';
    const r = roles(text);
    assert.equal(r[5], 'title');
    assert.ok(check(text, ['title-row']).some(f => f.line === 5));
  });
});

describe('class: the heading block of a government statistics form (公務統計報表)', () => {
  const header = '區域代碼,區域別,性別,總計,0～4歲,5～9歲,10～14歲';
  const rows = ['10018010,東區,男,109526,4814,7546,9073', '10018010,東區,女,112364,4354,6890,8301'];
  test('公開類 / 編製機關 / 表號 rows, a caption after a form number, a date and a unit: title rows', () => {
    const text = [
      '公開類,,編製機關,新竹市政府(民政處),,,', '月報,次月5日前編送,表號,10122-00-02-2,,,',
      '月統計報表之3,新竹市各區　現住人口數按性別及年齡分,,,,,', '中華民國114年10月底,,,,,,', 'RRRP03360,單位：人,,,,,',
      header, ...rows,
    ].join('\n') + '\n';
    const r = roles(text);
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(l => r[l]), ['title', 'title', 'title', 'title', 'title', 'header', 'data']);
    assert.deepEqual(errorsOf(check(text)).filter(e => !e.startsWith('title-row')), []);
    // written as 'name：value' in one cell
    const colon = ['編製機關：新竹市政府,表號：10122-00-02-2,,,,,', header, ...rows].join('\n') + '\n';
    assert.equal(roles(colon)[1], 'title');
    // the same form without its 表號: the due date 次月5日前編送 says what the row is
    const noNumber = text.replace('月報,次月5日前編送,表號,10122-00-02-2,,,', '月報,次月5日前編送,,,,,');
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(l => roles(noNumber)[l]), ['title', 'title', 'title', 'title', 'title', 'header']);
  });
  test('a long group name over sub-headers, blank under the first column, is still a two-row header', () => {
    const text = ['年度,各縣市受僱員工人數統計結果,,,', ',男,女,男,女', '2023,1,2,3,4', '2024,5,6,7,8'].join('\n') + '\n';
    assert.deepEqual(analyse(text).layout.headerRows.map(x => x.line), [1, 2]);
    // group names 月報 / 年報 are no form heading
    const groups = ['類別,月報,,年報,', ',件數,金額,件數,金額', '甲,1,2,3,4', '乙,5,6,7,8'].join('\n') + '\n';
    assert.deepEqual(analyse(groups).layout.headerRows.map(x => x.line), [1, 2]);
  });
});

describe('class: a title row with a unit cell is a title, not a header row', () => {
  test('finance-ministry tax tables', () => {
    const text = [
      '110年度綜合所得稅統計表-縣市別：新北市,單位：千元,,,,',
      '所得級距,申報戶數,綜合所得總額,薪資所得,利息所得,股利所得',
      '0-120萬,"1,000","50,000","40,000",500,"1,200"',
      '120-200萬,"2,000","310,000","280,000","1,200","3,000"',
      '200萬以上,"300","90,000","60,000","2,000","9,000"',
    ].join('\n') + '\n';
    const f = check(text);
    assert.deepEqual(errorsOf(f), ['title-row@1']);
    assert.match(f[0].message, /its unit \(單位：千元\)/);
    const a = analyse(text);
    assert.deepEqual(a.layout.headerRows.map(r => r.line), [2]);
  });
});

describe('class: two title lines at the top are title rows, not notes rows', () => {
  test('a query name, then 資料時間：', () => {
    const text = '查詢名稱：各縣市人口數\n資料時間：2023年1月\n縣市,人口數,戶數\n臺北市,"2,500,000","1,000,000"\n新北市,"4,000,000","1,600,000"\n';
    const r = roles(text);
    assert.deepEqual([r[1], r[2], r[3]], ['title', 'title', 'header']);
    assert.deepEqual(errorsOf(check(text)), ['title-row@1', 'title-row@2']);
  });
});

describe('class: statistical query exports', () => {
  const text = [
    '"消費者物價指數及其年增率"',
    '" "',
    '"期間","總指數"," ","食物類"," "',
    '" ","原始值","年增率(%)","原始值","年增率(%)"',
    '"2022年"," "," "," "," "',
    '"1月","101.50","2.84","103.20","5.10"',
    '"2月","101.90","2.35","103.80","4.90"',
    '"2023年"," "," "," "," "',
    '"1月","104.60","3.05","107.00","3.68"',
    '"2月","104.20","2.43","106.10","2.22"',
    '"註：1.年增率係與上年同期比較。"',
    '"2.資料來源：行政院主計總處，詳見https://www.stat.gov.tw/cp.aspx?n=2665&"',
    '"s=1234&sms=5678"',
  ].join('\n') + '\n';
  test('title, blank, two header rows, year-only sections, footnotes with a wrapped URL', () => {
    const r = roles(text);
    assert.deepEqual(Object.values(r), [
      'title', 'blank', 'header', 'header', 'section', 'data', 'data', 'section', 'data', 'data', 'notes', 'notes', 'notes',
    ]);
    const a = analyse(text);
    assert.deepEqual(a.layout.columns, ['期間', '總指數_原始值', '總指數_年增率(%)', '食物類_原始值', '食物類_年增率(%)']);
  });
  test('one finding per problem: no ragged-row on the title, notes and section rows', () => {
    const f = check(text);
    assert.deepEqual(errorsOf(f), [
      // the blank cells of the group row are its merged cells, reported as the shared corpus does
      'title-row@1', 'blank-row@2', 'multi-row-header@3', 'blank-header@3', 'blank-header@3', 'blank-header@4', 'section-row@5', 'section-row@8',
      'notes-row@11', 'notes-row@12', 'notes-row@13',
    ]);
  });
  test('cells of only spaces are blank for every rule', () => {
    const a = analyse('"a","b"," "\n"1","2"," "\n" "," "," "\n');
    assert.equal(a.rows[2].role, 'blank');
    assert.deepEqual(a.layout.blankHeaderCells.map(b => b.index), [2]);
  });
});

describe('class: one problem, one finding', () => {
  test('a stock-exchange download: a title and five notes lines get no ragged-row', () => {
    const text = [
      '"112年01月 每日收盤行情(全部)"',
      '"證券代號","證券名稱","成交股數","成交金額","開盤價","收盤價"',
      '"0050","元大台灣50","4,321,000","512,345,678","118.50","119.05"',
      '"0056","元大高股息","10,234,000","301,234,567","29.10","29.25"',
      '"2330","台積電","25,000,000","12,500,000,000","500.00","505.00"',
      '"說明:"',
      '"1.本資料自民國93年2月11日起提供。"',
      '"2.成交股數單位為股。"',
      '"3.收盤價為最後一筆成交價。"',
      '"4.本表僅供參考。"',
    ].join('\n') + '\n';
    const f = check(text);
    assert.deepEqual(errorsOf(f), ['title-row@1', 'notes-row@6', 'notes-row@7', 'notes-row@8', 'notes-row@9', 'notes-row@10']);
  });
});

describe('negatives: structurally clean tables have no error', () => {
  const clean: Record<string, string> = {
    'a record whose values are missing, in a table of numbers': '縣市,人口,面積,密度\n臺北市,"2,500,000",271,9225\n連江縣,,,\n新北市,"4,000,000",2052,1949\n',
    'ROC dates and full-width digits': '日期,地點,件數\n105年1月2日,臺北,１２\n105年1月3日,新北,３\n',
    'a one-column list': '姓名\n王小明\n李大華\n陳美玲\n',
    'an all-text table': '學校,地址,電話\n臺北市立甲國小,臺北市中正區,02-1234\n新北市立乙國中,新北市板橋區,02-5678\n',
    'a 合計 column': '年,月,總計人數,合計\n110,1,1553,5\n110,2,901,4\n110,3,1200,7\n',
    'a time series with a cumulative column': '月,件數,累計件數\n1月,12,12\n2月,15,27\n3月,9,36\n4月,20,56\n',
  };
  for (const [name, text] of Object.entries(clean)) {
    test(name, () => { assert.deepEqual(errorsOf(check(text)), []); });
  }
});

describe('chance is no evidence', () => {
  test('500 random clean tables of counts (0–3 up to 0–100,000) get no error', () => {
    let seed = 12345;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    const errors: string[] = [];
    for (let t = 0; t < 500; t++) {
      const cols = 2 + Math.floor(rnd() * 5);
      const rows = 4 + Math.floor(rnd() * 30);
      const max = [3, 10, 20, 100, 1000, 100000][Math.floor(rnd() * 6)];
      const lines = ['名稱,' + Array.from({ length: cols }, (_, c) => `欄${c}`).join(',')];
      for (let r = 0; r < rows; r++) { lines.push(`項目${r},` + Array.from({ length: cols }, () => String(Math.floor(rnd() * max))).join(',')); }
      errors.push(...errorsOf(check(lines.join('\n') + '\n')).map(e => `table ${t}: ${e}`));
    }
    assert.deepEqual(errors, []);
  });
});

describe('chance is no evidence: only significant digits count', () => {
  // a central-government budget export: amounts in 元 that are all whole thousands, one amount
  // column beside a year and a code; row 5's amount happens to be the sum of rows 6 and 7
  function budget(amounts: number[]): string {
    const lines = ['year,code,amount,name,depname'];
    amounts.forEach((a, i) => lines.push(`2013,${3505429011 + i * 10},${a},${i % 2 ? '其他設備' : '交通及運輸設備'},地方法院${i}`));
    return lines.join('\n') + '\n';
  }
  /** 40 amounts of 100,000–9,100,000 元, whole thousands or not */
  function amounts(wholeThousands: boolean): number[] {
    let seed = 2013;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    const out = Array.from({ length: 40 }, () => (100 + Math.floor(rnd() * 9000)) * 1000 + (wholeThousands ? 0 : 1 + Math.floor(rnd() * 998)));
    out[3] = out[4] + out[5];
    return out;
  }
  test('amounts that are whole thousands: 2,205,000 = 658,000 + 1,547,000 is four digits of chance, no subtotal', () => {
    assert.deepEqual(check(budget(amounts(true)), ['subtotal-row']), []);
  });
  test('the same match on amounts with all their digits is a total above its parts', () => {
    const f = check(budget(amounts(false)), ['subtotal-row']);
    assert.deepEqual(f.map(x => [x.line, x.severity]), [[5, 'error']]);
    assert.match(f[0].message, /sum of rows 6–7/);
  });
});

describe('bad input never crashes and never turns every row into a subtotal', () => {
  test('one column of numbers, only numbers, only text, 10,000 columns', () => {
    const oneColumn = 'n\n' + Array.from({ length: 50 }, (_, i) => String(i * 7 % 13)).join('\n') + '\n';
    const onlyNumbers = Array.from({ length: 60 }, (_, i) => `${i},${i * 2},${i * 3}`).join('\n') + '\n';
    const onlyText = Array.from({ length: 60 }, (_, i) => `甲${i},乙${i},丙${i}`).join('\n') + '\n';
    const wide = Array.from({ length: 3 }, (_, r) => Array.from({ length: 10000 }, (_, c) => (r === 0 ? `c${c}` : String((c * 7 + r) % 11))).join(',')).join('\n') + '\n';
    for (const text of [oneColumn, onlyNumbers, onlyText, wide]) {
      const a = analyse(text);
      const subtotals = a.rows.filter(r => r.role === 'subtotal').length;
      assert.ok(subtotals <= 1, `${subtotals} subtotal rows`);
    }
  });
  test('repeated sums of small numbers are at most information', () => {
    // 1+1 = 2 again and again: chance, not totals
    const text = '項,a,b\n' + Array.from({ length: 40 }, (_, i) => (i % 3 === 2 ? `x${i},2,2` : `x${i},1,1`)).join('\n') + '\n';
    assert.deepEqual(errorsOf(check(text)), []);
  });
});
