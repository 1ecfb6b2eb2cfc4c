// A ministry-sized portfolio: N datasets, each a small CSV with its sidecar metadata (a share of
// them with the defects publishers really have) and one API description in 20 (one in 100 of them
// invalid), reported by the CLI as one run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRows, HEADER } from './generate';

export function writePortfolio(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const d = join(dir, `dataset-${String(i).padStart(4, '0')}`);
    mkdirSync(d, { recursive: true });
    let body = HEADER + makeRows(i + 1, 200);
    if (i % 7 === 0) { body += '合計,,,"1,000","1,000",1,1,1,1,-\n'; }
    if (i % 11 === 0) { body = body.replace('\n', '\n\n'); }
    writeFileSync(join(d, 'data.csv'), '\uFEFF' + body);
    const fields = HEADER.trim().split(',');
    writeFileSync(join(d, 'data.metadata.json'), JSON.stringify({
      資料集名稱: `資料集 ${i}`,
      主要欄位說明: (i % 5 === 0 ? fields.slice(1) : fields).join(';'),
      編碼格式: 'UTF-8', 更新頻率: '每1年', 詮釋資料更新時間: i % 13 === 0 ? '2020-01-01' : '2026-06-01',
    }));
    if (i % 20 === 0) { writeFileSync(join(d, 'api.yaml'), apiYaml(i, i % 100 !== 0)); }
  }
}

function apiYaml(i: number, valid: boolean): string {
  return `openapi: 3.0.3\ninfo:\n  title: 資料集 ${i} API\n${valid ? '  version: "1.0"\n' : ''}paths:\n  /records:\n    get:\n` +
    `      parameters:\n        - { name: year, in: query, schema: { type: integer } }\n` +
    `      responses:\n        "200":\n          description: OK\n`;
}

export function timeReport(cli: string, dir: string): { ms: number; status: number | null; datasets: number; score: number; apis: number; bonus: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [cli, 'report', dir, '--format', 'json', '--today', '2026-11-26'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Date.now() - t;
  const p = r.status === 0 ? JSON.parse(r.stdout) : { datasets: [], score: NaN, apis: [], bonus: NaN };
  return { ms, status: r.status, datasets: p.datasets.length, score: p.score, apis: p.apis.length, bonus: p.bonus };
}
