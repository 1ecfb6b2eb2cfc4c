// npm run bench: every figure is a ratio against a baseline measured in the same run (the
// machines are shared and noisy): the full check against papaparse's bare parse, Big5 and UTF-16
// against UTF-8, the CLI against bare node and csvkit's csvclean, streamed against in-memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import Papa from 'papaparse';
import { checkBytes } from '../../src/core/engine';
import { againstCsvclean, startUp, streamed } from './cli-bench';
import { makeCsv } from './generate';
import { alternate, mbps } from './measure';
import { timeReport, writePortfolio } from './portfolio';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SPEED_MB = Number(process.env.BENCH_MB ?? 40);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 1024);
const PORTFOLIO = Number(process.env.BENCH_PORTFOLIO ?? 1000);

function speed(): void {
  const bytes = makeCsv(SPEED_MB);
  const text = bytes.toString('utf8');
  const big5 = new Uint8Array(iconv.encode(text, 'big5'));
  const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const mb = bytes.length / 1048576;
  let rows = 0;
  const findings: Record<string, number> = {};
  const check = (name: string, b: Uint8Array) => () => {
    findings[name] = checkBytes({ path: 'bench.csv', bytes: b }, { today: '2026-11-26' }).findings.length;
  };
  const ms = alternate(RUNS, {
    papa: () => { rows = Papa.parse<string[]>(text).data.length; },
    utf8: check('utf8', bytes),
    big5: check('big5', big5),
    utf16: check('utf16', utf16),
  });
  console.log(`CSV ${mb.toFixed(1)} MB (UTF-8), ${rows} rows, median of ${RUNS} runs, alternating`);
  console.log(`  papaparse bare parse (decoded string in): ${ms.papa.toFixed(0)} ms  ${mbps(mb, ms.papa)}`);
  console.log(`  full check (bytes in: encoding, decode, analyzer, all rules, badge; ${findings.utf8} findings): ${ms.utf8.toFixed(0)} ms  ${mbps(mb, ms.utf8)}`);
  console.log(`  ratio papaparse time / full check: ${(ms.papa / ms.utf8).toFixed(2)} (goal >= 3.00)`);
  console.log(`  Big5 (${(big5.length / 1048576).toFixed(1)} MB, ${findings.big5} findings): ${ms.big5.toFixed(0)} ms; ratio to UTF-8: ${(ms.big5 / ms.utf8).toFixed(2)} (goal <= 1.50)`);
  console.log(`  UTF-16LE (${(utf16.length / 1048576).toFixed(1)} MB, ${findings.utf16} findings): ${ms.utf16.toFixed(0)} ms; ratio to UTF-8: ${(ms.utf16 / ms.utf8).toFixed(2)} (goal <= 1.50)`);
}

function portfolioReport(cli: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'opendata-badge-portfolio-'));
  try {
    writePortfolio(dir, PORTFOLIO);
    const one = join(dir, 'dataset-0001');
    const base = timeReport(cli, one);
    const all = timeReport(cli, dir);
    console.log('Portfolio report (CLI, --format json)');
    console.log(`  1 dataset: ${base.ms} ms (the start-up baseline)`);
    console.log(`  ${all.datasets} datasets and ${all.apis} OpenAPI documents: ${(all.ms / 1000).toFixed(1)} s, score ${all.score} ` +
      `(bonus ${all.bonus}, exit ${all.status}); ratio to 1 dataset: ${(all.ms / base.ms).toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  const cli = join(__dirname, 'cli.js');
  speed();
  const dir = mkdtempSync(join(tmpdir(), 'opendata-badge-bench-'));
  try {
    startUp(cli, dir);
    const cli36 = await againstCsvclean(cli, dir);
    if (PORTFOLIO > 0) { portfolioReport(cli); }
    if (BIG_MB > 0) { await streamed(cli, dir, BIG_MB, cli36); }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
