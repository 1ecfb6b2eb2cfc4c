#!/usr/bin/env node
// Writes the extension-host test workspace (test/exthost/workspace/) and the expected results
// (test/exthost/expected/). The files are committed; run this again only to change them:
//   node test/exthost/make-fixtures.js
// The Big5 file is encoded here with iconv-lite so that its bytes are exactly known.
'use strict';
const fs = require('fs');
const path = require('path');
const iconv = require('iconv-lite');

const here = __dirname;
const ws = path.join(here, 'workspace');
const expected = path.join(here, 'expected');
const BOM = '\uFEFF';
const crlf = lines => lines.join('\r\n') + '\r\n';
const lf = lines => lines.join('\n') + '\n';

function write(rel, content) {
  const file = path.join(ws, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

// --- a Big5 (CP950) CSV, as exported by Excel on a Traditional Chinese Windows ("ANSI") -------------
const big5Text = crlf([
  '年度,縣市,行業別,平均薪資(元)',
  '2024,臺北市,製造業,52310',
  '2024,新北市,營造業,49870',
  '2024,臺中市,批發及零售業,48220',
  '2024,高雄市,住宿及餐飲業,36540',
]);
write('big5/wages.csv', iconv.encode(big5Text, 'big5'));
fs.mkdirSync(expected, { recursive: true });
fs.writeFileSync(path.join(expected, 'big5-wages.utf8.csv'), big5Text);   // the text, UTF-8, no BOM

// --- a Big5 file with a user-defined character (造字): 0x95CD is 塩 in a Tainan file, but no
// Big5 table says so, so Convert to UTF-8 must refuse (see the CLI contract) -------------------
write('big5/eudc.csv', Buffer.concat([
  iconv.encode('區別,村里名稱,人口數\r\n安南區,', 'big5'),
  Buffer.from([0x95, 0xcd]),
  iconv.encode('行里,3120\r\n', 'big5'),
]));

// --- a Big5 file that falls short of gold: a title row, a subtotal, and metadata that says UTF-8;
// the encoding is the first thing to fix, so it is listed first ------------------------------------
write('big5/monthly-wages.csv', iconv.encode(crlf([
  '各業受僱員工平均薪資（115年9月）',
  '行業別,受僱員工人數,平均薪資',
  '製造業,"2,998,120","52,310"',
  '營建工程業,"412,300","49,870"',
  '合計,"3,410,420","51,995"',
]), 'big5'));
write('big5/monthly-wages.metadata.json', JSON.stringify({
  資料集名稱: '各業受僱員工平均薪資',
  主要欄位說明: '行業別;受僱員工人數;平均薪資(元)',
  編碼格式: 'UTF-8',
  更新頻率: '不定期更新',
  詮釋資料更新時間: '2026-10-05 09:00:00',
}, null, 2) + '\n');

// --- subtotal and blank rows ---------------------------------------------------------------------
write('subtotals/employment.csv', BOM + crlf([
  '縣市,男,女,合計',
  '臺北市,100,120,220',
  '新北市,150,160,310',
  '',
  '小計,250,280,530',
  '臺中市,90,95,185',
  ',,,',
  '總計,340,375,715',
]));

// --- a header merged over two rows (as an Excel sheet with merged cells exports it) ------------
write('merged-header/labor.csv', BOM + crlf([
  '縣市,就業人數,,失業人數,',
  ',男,女,男,女',
  '臺北市,610,598,21,18',
  '新北市,1002,930,33,29',
  '桃園市,580,512,19,15',
]));

// --- a title row above the table and a notes row below it; no metadata yet ----------------------
write('title-notes/population.csv', BOM + crlf([
  '113年各縣市戶籍人口統計表',
  '縣市,戶數,人口數',
  '臺北市,1050000,2510000',
  '新北市,1680000,4040000',
  '資料來源：內政部戶政司',
]));

// --- metadata that does not match the file: fields and encoding -> silver ------------------------
write('mismatch/employment-rate.csv', BOM + crlf([
  '年度,訓練職類,結訓人數,就業率',
  '2023,電腦軟體應用,426,0.85',
  '2023,餐飲服務,670,0.81',
  '2024,電腦軟體應用,433,0.86',
]));
write('mismatch/employment-rate.metadata.json', lf([
  '{',
  '  "資料集名稱": "職業訓練就業率",',
  '  "主要欄位說明": "年度;職類;人數",',
  '  "編碼格式": "BIG5",',
  '  "更新頻率": "不定期更新",',
  '  "詮釋資料更新時間": "2026-01-15 09:00:00"',
  '}',
]));

// --- a gold-ready dataset: CSV + JSON resources, metadata that matches -------------------------
write('gold/training.csv', BOM + crlf([
  '年度,訓練職類,結訓人數,就業率',
  '2023,電腦軟體應用,426,0.85',
  '2023,餐飲服務,670,0.81',
  '2024,電腦軟體應用,433,0.86',
  '2024,餐飲服務,677,0.82',
]));
write('gold/training.json', JSON.stringify([
  { 年度: 2023, 訓練職類: '電腦軟體應用', 結訓人數: 426, 就業率: 0.85 },
  { 年度: 2023, 訓練職類: '餐飲服務', 結訓人數: 670, 就業率: 0.81 },
], null, 2) + '\n');
write('gold/training.metadata.json', JSON.stringify({
  資料集名稱: '職業訓練結訓學員就業率',
  主要欄位說明: '年度(西元年);訓練職類;結訓人數(人);就業率(比率)',
  編碼格式: 'UTF-8',
  檔案格式: 'CSV;JSON',
  更新頻率: '不定期更新',
  詮釋資料更新時間: '2026-03-01 10:00:00',
}, null, 2) + '\n');

// --- JSON and XML: well-formed and broken --------------------------------------------------------
write('json/broken.json', lf([
  '[',
  '  {"年度": 2024, "行業": "製造業", "件數": 120},',
  '  {"年度": 2024, "行業": "營造業", "件數": 98},',
  ']',
]));
write('xml/broken.xml', lf([
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<dataset>',
  '  <record><年度>2024</年度><行業>製造業</行業></record>',
  '  <record><年度>2024</年度><行業>營造業</record>',
  '</dataset>',
]));

// --- JSON with a byte-order mark (RFC 8259 forbids it) ------------------------------------------
write('json/bom.json', BOM + JSON.stringify([{ 年度: 2024, 件數: 120 }]) + '\n');

// --- TSV with a blank row -------------------------------------------------------------------------
write('tsv/stats.tsv', lf([
  '年度\t縣市\t人數',
  '2024\t臺北市\t12',
  '',
  '2024\t新北市\t15',
]));

// --- the table preview: a Big5 report with a title row, subtotals and notes (as an agency's Excel
// "ANSI" export), a header that is markup, ragged rows and a formula, XML records ---------------
write('preview/employment-big5.csv', iconv.encode(crlf([
  '113年各縣市就業人數統計表',
  '縣市,男,女,合計',
  '臺北市,610,598,1208',
  '新北市,1002,930,1932',
  '小計,1612,1528,3140',
  '桃園市,580,512,1092',
  '臺中市,720,690,1410',
  '總計,2912,2730,5642',
  '資料來源：勞動部',
  '註：單位為千人',
]), 'big5'));
write('preview/markup.csv', BOM + crlf([
  '<img src=x onerror=alert(1)>,名稱,<b>粗體</b>',
  '1,<script>alert(2)</script>,"<a href=""javascript:alert(3)"">連結</a>"',
  '2,&lt;不是實體&gt;,一般文字',
]));
write('preview/ragged.csv', BOM + crlf([
  '代碼,項目,數量,金額',
  '0050,甲,3,"1,200"',
  '0051,乙,4',
  '0052,丙,5,"2,500",多一格',
  '0053,丁,=SUM(C2:C4),"3,700"',
]));
// (its own copies: the fix tests merge merged-header/labor.csv and correct mismatch/)
write('preview/two-row-header.csv', BOM + crlf([
  '縣市,就業人數,,失業人數,',
  ',男,女,男,女',
  '臺北市,610,598,21,18',
  '新北市,1002,930,33,29',
  '桃園市,580,512,19,15',
]));
write('preview/rates.csv', BOM + crlf([
  '年度,訓練職類,結訓人數,就業率',
  '2023,電腦軟體應用,426,0.85',
  '2023,餐飲服務,670,0.81',
  '2024,電腦軟體應用,433,0.86',
]));
write('preview/rates.metadata.json', lf([
  '{',
  '  "資料集名稱": "職業訓練就業率",',
  '  "主要欄位說明": "年度;職類;人數;就業率(%)",',
  '  "編碼格式": "UTF-8",',
  '  "更新頻率": "不定期更新",',
  '  "詮釋資料更新時間": "2026-01-15 09:00:00"',
  '}',
]));
write('preview/stations.xml', lf([
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<dataset>',
  '  <station><id>466920</id><name>臺北 &amp; 新北</name><opened>1896-01-01</opened></station>',
  '  <station><id>467490</id><name><![CDATA[臺中<站>]]></name><opened>1896-02-01</opened></station>',
  '</dataset>',
]));

// --- Create metadata: a clean dataset (CSV + JSON) without metadata, and one with a sidecar -------
write('describe/clean.csv', BOM + crlf([
  '年度,縣市,平均薪資(元)',
  '2023,臺北市,51200',
  '2024,臺北市,52310',
]));
write('describe/clean.json', JSON.stringify([
  { 年度: 2023, 縣市: '臺北市', '平均薪資(元)': 51200 },
  { 年度: 2024, 縣市: '臺北市', '平均薪資(元)': 52310 },
], null, 2) + '\n');
write('describe/existing.csv', BOM + crlf(['年度,件數', '2024,12']));
write('describe/existing.metadata.json', lf(['{', '  "資料集名稱": "已寫好的詮釋資料"', '}']));

console.log('fixtures written to ' + path.relative(process.cwd(), ws));
