// The 1,000,000-row CSV of the preview's host test and of `npm run bench:editor`.
import * as fs from 'node:fs';

/** 1,000,000 data rows under one header (about 45 MB). */
export function writeMillion(file: string): void {
  const fd = fs.openSync(file, 'w');
  const cities = ['臺北市', '新北市', '桃園市', '臺中市', '臺南市', '高雄市'];
  try {
    fs.writeSync(fd, '\uFEFF序號,年度,縣市,行業別,受僱員工人數,平均薪資\n');
    for (let i = 0; i < 1000; i++) {
      const lines: string[] = [];
      for (let k = 0; k < 1000; k++) {
        const n = i * 1000 + k;
        lines.push(`${n + 1},${2000 + (n % 25)},${cities[n % 6]},製造業${n % 97},${1000 + (n % 5000)},${40000 + (n % 20000)}`);
      }
      fs.writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    fs.closeSync(fd);
  }
}
