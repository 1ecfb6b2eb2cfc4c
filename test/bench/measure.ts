// Timing helpers of the benchmarks: every figure is a median over runs that alternate with their
// baseline's, so that the noise of a shared machine hits both alike.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** ms of one synchronous call, after a garbage collection when --expose-gc is on */
export function time(fn: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** runs each named job once per round, `rounds` times, in turn; the median ms of each */
export function alternate(rounds: number, jobs: Record<string, () => void>): Record<string, number> {
  const ms: Record<string, number[]> = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of Object.entries(jobs)) { (ms[name] ??= []).push(time(fn)); }
  }
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, median(v)]));
}

/** a child process, whose exit status must be `ok` (a failed run would time nothing) */
export function run(cmd: string, args: readonly string[], ok = 0, o: SpawnSyncOptions = {}): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, ...o });
  if (r.status !== ok) { throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status} ${String(r.stderr ?? '')}`); }
}

export function mbps(mb: number, ms: number): string {
  return `${(mb / ms * 1000).toFixed(0)} MB/s`;
}
