// Writes samples/: small datasets, as a publisher would have them, that the demo checks.
// Run once (`node scripts/make-samples.mjs`); the output is committed, byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const root = new URL('../samples/', import.meta.url).pathname;
const put = (rel, data) => { mkdirSync(join(root, rel, '..'), { recursive: true }); writeFileSync(join(root, rel), data); };
const BOM = '\uFEFF';

// 1. A gold-ready dataset: three resources, one sidecar that matches them.
const years = [2021, 2022, 2023, 2024, 2025];
const trades = [['電腦軟體應用', 412, 0.83], ['餐飲服務', 655, 0.79], ['機電整合', 287, 0.88]];
const rows = years.flatMap(y => trades.map(([t, n, r], i) => [y, t, n + (y - 2021) * 7 + i, (r + (y - 2021) * 0.01).toFixed(2)]));
put('training-employment/training-employment.csv',
  BOM + '年度,訓練職類,結訓人數,就業率\r\n' + rows.map(r => r.join(',')).join('\r\n') + '\r\n');
put('training-employment/training-employment.json', JSON.stringify(
  rows.map(([y, t, n, r]) => ({ 年度: y, 訓練職類: t, 結訓人數: n, 就業率: Number(r) })), null, 2) + '\n');
put('training-employment/training-employment.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<dataset>\n' +
  rows.map(([y, t, n, r]) => `  <record>\n    <年度>${y}</年度>\n    <訓練職類>${t}</訓練職類>\n    <結訓人數>${n}</結訓人數>\n    <就業率>${r}</就業率>\n  </record>\n`).join('') +
  '</dataset>\n');
put('training-employment/training-employment.metadata.json', JSON.stringify({
  資料集名稱: '職業訓練結訓學員就業率',
  主要欄位說明: '年度(西元年);訓練職類;結訓人數(人);就業率(比率)',
  編碼格式: 'UTF-8',
  檔案格式: 'CSV;JSON;XML',
  更新頻率: '每1年',
  詮釋資料更新時間: '2026-03-01 10:00:00',
  資料下載網址: 'https://data.example.gov.tw/training-employment.csv;https://data.example.gov.tw/training-employment.json;https://data.example.gov.tw/training-employment.xml',
}, null, 2) + '\n');

// 2. Saved as "ANSI" from Excel: Big5, a title row, 合計 rows, a notes row; the metadata says UTF-8.
const wages = [
  '"各業受僱員工平均薪資（115年9月）"',
  '行業別,受僱員工人數,平均薪資,平均工時',
  '製造業,"2,998,120","52,310",168.2',
  '營建工程業,"412,300","49,870",170.1',
  '批發及零售業,"1,850,400","48,220",166.0',
  '小計,"5,260,820","50,133",168.1',
  '住宿及餐飲業,"420,700","36,540",158.3',
  '金融及保險業,"431,200","78,910",165.2',
  '',
  '合　計,"6,112,720","51,560",166.5',
  '資料來源：勞動部統計處,,,',
];
put('monthly-wages/monthly-wages.csv', iconv.encode(wages.join('\r\n') + '\r\n', 'big5'));
put('monthly-wages/monthly-wages.metadata.json', JSON.stringify({
  資料集名稱: '各業受僱員工平均薪資',
  主要欄位說明: '行業別;受僱員工人數;平均薪資(元);平均工時(小時)',
  編碼格式: 'UTF-8',
  更新頻率: '每1月',
  詮釋資料更新時間: '2026-10-05 09:00:00',
}, null, 2) + '\n');

// 3. A table copied from a report: merged two-row header, blank cells, a formula, a footnote.
put('labor-force/labor-force-by-age.csv', BOM + [
  '年齡組別,勞動力,,非勞動力,',
  ',男,女,男,女',
  '15-24歲,412,398,901,955',
  '25-44歲,"3,120","2,760",210,702',
  '45-64歲,"2,210","1,650",820,"1,420"',
  '65歲以上,="0201",180,"1,780","2,060"',
  '註：單位為千人。',
].join('\n') + '\n');
put('labor-force/labor-force-by-age.metadata.json', JSON.stringify({
  資料集名稱: '勞動力按年齡分',
  主要欄位說明: '年齡組別、勞動力_男、勞動力_女、非勞動力_男、非勞動力_女',
  編碼格式: 'UTF-8',
  更新頻率: '每1年',
  詮釋資料更新時間: '2023-02-01',
}, null, 2) + '\n');

// 4. JSON that "does not display": a BOM and a trailing comma.
put('occupational-injuries/occupational-injuries.json', BOM + '[\n  {"年度": 2024, "行業": "製造業", "件數": 120},\n  {"年度": 2024, "行業": "營造業", "件數": 98},\n]\n');
console.log('samples written to', root);
