// The command line as a publisher's CI runs it: start-up on a tiny file against a bare node, the
// full check of a 36 MB CSV against csvkit's `csvclean -n` (one check, field counts only), and a
// file too big to hold, streamed: its speed and peak memory against a 100 MB file.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from './generate';
import { checkBytes, checkStream } from '../../src/core/engine';
import { opener } from '../../src/cli/files';
import { alternate, mbps, median, run } from './measure';

const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 15);
const CSVCLEAN_RUNS = Number(process.env.BENCH_CSVCLEAN_RUNS ?? 3);

const node = process.execPath;

function hasCsvclean(): boolean {
  return spawnSync('csvclean', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function startUp(cli: string, dir: string): void {
  const tiny = join(dir, 'tiny.csv');
  writeFileSync(tiny, '年度,人數\n2024,1\n');
  const ms = alternate(START_RUNS, {
    bare: () => run(node, ['-e', '0']),
    check: () => run(node, [cli, 'check', tiny, '--offline']),
  });
  console.log(`CLI start-up (median of ${START_RUNS}, alternating)`);
  console.log(`  node -e 0: ${ms.bare.toFixed(0)} ms; check of a two-line file: ${ms.check.toFixed(0)} ms; ratio check / bare node: ${(ms.check / ms.bare).toFixed(2)} (goal <= 1.30)`);
}

/** the CLI's speed on the 36 MB file, MB/s (start-up included) */
export async function againstCsvclean(cli: string, dir: string): Promise<number> {
  const file = join(dir, 'm36.csv');
  await writeCsv(file, 36);
  const mb = statSync(file).size / 1048576;
  const jobs: Record<string, () => void> = { ours: () => run(node, [cli, 'check', file]) };
  const csvclean = hasCsvclean();
  if (csvclean) { jobs.csvclean = () => run('csvclean', ['-n', file]); }
  const ms = alternate(CSVCLEAN_RUNS, jobs);
  console.log(`CLI full check of a ${mb.toFixed(0)} MB CSV (start-up included; median of ${CSVCLEAN_RUNS}, alternating)`);
  console.log(`  opendata-badge check: ${ms.ours.toFixed(0)} ms  ${mbps(mb, ms.ours)}`);
  if (csvclean) {
    console.log(`  csvclean -n: ${ms.csvclean.toFixed(0)} ms; ratio csvclean time / ours: ${(ms.csvclean / ms.ours).toFixed(2)} (goal >= 2.00)`);
  } else {
    console.log('  csvclean -n: skipped (csvkit is not installed; test/bench/setup.sh installs it with apt-get as root)');
  }
  return mb / ms.ours * 1000;
}

function peakRss(cli: string, file: string): { rss: number; ms: number; status: number | null } {
  const t = Date.now();
  const r = spawnSync(node, [cli, 'check', file, '--format', 'json', '--today', '2026-11-26'], {
    env: { ...process.env, OPENDATA_BADGE_PRINT_PEAK_RSS: '1' }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const m = /peak-rss-bytes (\d+)/.exec(r.stderr);
  return { rss: m ? Number(m[1]) : NaN, ms: Date.now() - t, status: r.status };
}

/** the engine's in-memory and streamed paths on the same file, in this process: per byte, start-up and warm-up apart */
async function perByte(file: string): Promise<{ memory: number; stream: number; readMs: number }> {
  const mb = statSync(file).size / 1048576;
  const times = { memory: [] as number[], stream: [] as number[], read: [] as number[] };
  for (let i = 0; i < 3; i++) {
    let t = process.hrtime.bigint();
    const bytes = readFileSync(file);
    times.read.push(Number(process.hrtime.bigint() - t) / 1e6);
    checkBytes({ path: file, bytes }, { today: '2026-11-26' });
    times.memory.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    await checkStream(file, opener(file), null, { today: '2026-11-26' });
    times.stream.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { memory: mb / median(times.memory) * 1000, stream: mb / median(times.stream) * 1000, readMs: median(times.read) };
}

export async function streamed(cli: string, dir: string, bigMb: number, cli36Mbps: number): Promise<void> {
  const small = join(dir, 'small.csv');
  const big = join(dir, 'big.csv');
  await writeCsv(small, 100);
  await writeCsv(big, bigMb);
  const s = peakRss(cli, small);
  const b = peakRss(cli, big);
  const mb = (p: string) => statSync(p).size / 1048576;
  const speed = mb(big) / b.ms * 1000;
  console.log('CLI streamed check (tables over 4 MB are streamed; --format json)');
  console.log(`  ${mb(small).toFixed(0)} MB file: peak RSS ${(s.rss / 1048576).toFixed(0)} MB in ${(s.ms / 1000).toFixed(1)} s (exit ${s.status}, ${mbps(mb(small), s.ms)})`);
  console.log(`  ${mb(big).toFixed(0)} MB file: peak RSS ${(b.rss / 1048576).toFixed(0)} MB in ${(b.ms / 1000).toFixed(1)} s (exit ${b.status}, ${speed.toFixed(0)} MB/s; goal >= 150)`);
  console.log(`  ratio peak RSS ${mb(big).toFixed(0)} MB / ${mb(small).toFixed(0)} MB file: ${(b.rss / s.rss).toFixed(2)} (goal <= 1.20)`);
  if (Number.isFinite(cli36Mbps)) {
    console.log(`  CLI on the 36 MB file (start-up and warm-up included) / on the big file, MB/s: ${(cli36Mbps / speed).toFixed(2)}`);
  }
  const p = await perByte(small);
  console.log(`  per byte, in this process (the ${mb(small).toFixed(0)} MB file, median of 3, alternating): in memory ${p.memory.toFixed(0)} MB/s (reading the file whole took ${p.readMs.toFixed(0)} ms of it), streamed ${p.stream.toFixed(0)} MB/s; ` +
    `ratio ${(p.memory / p.stream).toFixed(2)} (goal >= 1.00: the in-memory path no slower per byte)`);
}
