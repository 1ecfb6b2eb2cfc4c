// npm run bench: the full check against papaparse's bare parse of the same data (same run, same
// machine: the ratio is what counts), and the CLI's peak memory on a streamed 1 GB file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { checkBytes } from '../../src/core/engine';
import { makeCsv, writeCsv } from './generate';
import { timeReport, writePortfolio } from './portfolio';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SPEED_MB = Number(process.env.BENCH_MB ?? 40);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 1024);
const PORTFOLIO = Number(process.env.BENCH_PORTFOLIO ?? 1000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function speed(): void {
  const bytes = makeCsv(SPEED_MB);
  const text = bytes.toString('utf8');
  const mb = bytes.length / 1048576;
  let rows = 0;
  let findings = 0;
  const papa: number[] = [];
  const full: number[] = [];
  // alternate the two so that machine noise hits both alike
  for (let i = 0; i < RUNS; i++) {
    papa.push(time(() => { rows = Papa.parse<string[]>(text).data.length; }));
    full.push(time(() => { findings = checkBytes({ path: 'bench.csv', bytes }, { today: '2026-11-26' }).findings.length; }));
  }
  const p = median(papa);
  const f = median(full);
  console.log(`CSV ${mb.toFixed(1)} MB, ${rows} rows, median of ${RUNS} runs`);
  console.log(`  papaparse bare parse (decoded string in): ${p.toFixed(0)} ms  ${(mb / p * 1000).toFixed(1)} MB/s`);
  console.log(`  full check (bytes in: encoding, decode, analyzer, all rules, badge; ${findings} findings): ${f.toFixed(0)} ms  ${(mb / f * 1000).toFixed(1)} MB/s`);
  console.log(`  ratio full check / papaparse time: ${(f / p).toFixed(2)} (below 1.00 = the full check is faster)`);
}

function peakRss(cli: string, file: string): { rss: number; ms: number; status: number | null } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [cli, 'check', file, '--format', 'json', '--today', '2026-11-26'], {
    env: { ...process.env, OPENDATA_BADGE_PRINT_PEAK_RSS: '1' }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const m = /peak-rss-bytes (\d+)/.exec(r.stderr);
  return { rss: m ? Number(m[1]) : NaN, ms: Date.now() - t, status: r.status };
}

async function memory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opendata-badge-bench-'));
  const cli = join(__dirname, 'cli.js');
  try {
    const small = join(dir, 'small.csv');
    const big = join(dir, 'big.csv');
    await writeCsv(small, 100);
    await writeCsv(big, BIG_MB);
    const s = peakRss(cli, small);
    const b = peakRss(cli, big);
    const mb = (p: string) => statSync(p).size / 1048576;
    console.log(`CLI peak memory (streamed check, --format json)`);
    console.log(`  ${mb(small).toFixed(0)} MB file: peak RSS ${(s.rss / 1048576).toFixed(0)} MB in ${(s.ms / 1000).toFixed(1)} s (exit ${s.status})`);
    console.log(`  ${mb(big).toFixed(0)} MB file: peak RSS ${(b.rss / 1048576).toFixed(0)} MB in ${(b.ms / 1000).toFixed(1)} s (exit ${b.status}, ${(mb(big) / b.ms * 1000).toFixed(1)} MB/s)`);
    console.log(`  ratio peak RSS ${mb(big).toFixed(0)} MB / ${mb(small).toFixed(0)} MB file: ${(b.rss / s.rss).toFixed(2)} (1.00 = memory does not grow with the file)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function portfolioReport(): void {
  const dir = mkdtempSync(join(tmpdir(), 'opendata-badge-portfolio-'));
  try {
    writePortfolio(dir, PORTFOLIO);
    const cli = join(__dirname, 'cli.js');
    const one = join(dir, 'dataset-0001');
    const base = timeReport(cli, one);
    const all = timeReport(cli, dir);
    console.log(`Portfolio report (CLI, --format json)`);
    console.log(`  1 dataset: ${base.ms} ms (the start-up baseline)`);
    console.log(`  ${all.datasets} datasets and ${all.apis} OpenAPI documents: ${(all.ms / 1000).toFixed(1)} s, score ${all.score} ` +
      `(bonus ${all.bonus}, exit ${all.status}); ratio to 1 dataset: ${(all.ms / base.ms).toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  speed();
  if (PORTFOLIO > 0) { portfolioReport(); }
  if (BIG_MB > 0) { await memory(); }
})();
