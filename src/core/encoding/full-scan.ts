// The byte-by-byte pass, once the file is known not to be plain UTF-8 (or has NUL bytes): every
// candidate encoding counts what it sees. At each 1 MB of file offset, candidates that are far
// behind the best stop counting (speed); because the checkpoints are file offsets, not chunk
// ends, the outcome does not depend on how the bytes were chunked.
import { Big5Scan } from './scan-big5';
import { ByteStats, Utf16Scan, Utf8Scan } from './scan-bytes';
import { GbScan, SjisScan, type CandidateCounts } from './scan-cjk';

const CHECKPOINT = 1 << 20;
const SAMPLE_BYTES = 64 * 1024;
/** evidence a candidate needs before it can be dropped */
const MIN_EVIDENCE = 1000;
/** how far behind the best a candidate may be and still be counted */
const DROP_MARGIN = 0.25;

/** Lower is better: invalid sequences weigh ten times as much as implausible characters. */
export function candidateScore(c: CandidateCounts): number {
  const total = c.chars + c.errors;
  if (total === 0) { return 0; }
  return (10 * c.errors) / total + (c.chars ? c.rare / c.chars : 0);
}

/** User-defined characters are implausible; Level 2 hanzi half as much (see F_LEVEL2). */
export function big5Counts(s: Big5Scan): CandidateCounts {
  return { chars: s.chars, errors: s.errors, rare: s.eudcCount + s.level2 / 2 };
}

export function utf8Counts(s: Utf8Scan, extraChars = 0): CandidateCounts {
  return { chars: s.chars + extraChars, errors: s.errors, rare: 0 };
}

export class FullScan {
  readonly bytes = new ByteStats();
  /** byte statistics stop once the text is plainly text (no NULs, hardly any control bytes) */
  private countingBytes = true;
  utf8: Utf8Scan | null = new Utf8Scan();
  big5: Big5Scan | null;
  gb: GbScan | null = new GbScan();
  sjis: SjisScan | null = new SjisScan();
  utf16: Utf16Scan | null = new Utf16Scan();
  /** the first bytes of this pass, for chardet when candidates tie */
  readonly sample: Uint8Array;
  private sampleLen = 0;

  /**
   * `start`: file offset of the first byte this pass sees; `line`/`units`: its position in the
   * decoded text; `positionsApproximate`: that position is an estimate (see the sniffer).
   */
  constructor(
    readonly start: number,
    line: number,
    units: number,
    maxEudc: number,
    readonly positionsApproximate: boolean,
  ) {
    this.big5 = new Big5Scan(maxEudc);
    this.big5.moveTo(line, units);
    this.sample = new Uint8Array(SAMPLE_BYTES);
  }

  /** Scan buf[from, to), whose first byte is at file offset `abs`. */
  feed(buf: Uint8Array, from: number, to: number, abs: number): void {
    let pos = from;
    while (pos < to) {
      const next = (Math.floor(abs / CHECKPOINT) + 1) * CHECKPOINT;
      const end = Math.min(to, pos + (next - abs));
      this.scanAll(buf, pos, end, abs);
      abs += end - pos;
      pos = end;
      if (abs === next) { this.checkpoint(); }
    }
  }

  finish(): void {
    this.big5?.finish();
    this.gb?.finish();
    this.sjis?.finish();
    this.utf16?.finish();
  }

  sampleBytes(): Uint8Array {
    return this.sample.subarray(0, this.sampleLen);
  }

  private scanAll(buf: Uint8Array, from: number, to: number, abs: number): void {
    if (this.sampleLen < SAMPLE_BYTES) {
      const n = Math.min(SAMPLE_BYTES - this.sampleLen, to - from);
      this.sample.set(buf.subarray(from, from + n), this.sampleLen);
      this.sampleLen += n;
    }
    if (this.countingBytes) { this.bytes.scan(buf, from, to, abs); }
    this.utf8?.scan(buf, from, to);
    this.big5?.scan(buf, from, to);
    this.gb?.scan(buf, from, to);
    this.sjis?.scan(buf, from, to);
    this.utf16?.scan(buf, from, to, abs);
  }

  private checkpoint(): void {
    const b = this.bytes;
    if (this.utf16 && b.nul * 100 < b.bytes) { this.utf16 = null; }
    if (b.nul === 0 && b.controls * 1000 < b.bytes) { this.countingBytes = false; }
    // mostly NULs on one side: UTF-16 beyond doubt, the 8-bit candidates have nothing to say
    if (this.utf16 && b.nul * 10 >= b.bytes && Math.max(b.nulEven, b.nulOdd) >= 0.95 * b.nul) {
      this.utf8 = this.big5 = this.gb = this.sjis = null;
      return;
    }
    const scored: [string, CandidateCounts][] = [];
    if (this.utf8) { scored.push(['utf8', utf8Counts(this.utf8)]); }
    if (this.big5) { scored.push(['big5', big5Counts(this.big5)]); }
    if (this.gb) { scored.push(['gb', this.gb]); }
    if (this.sjis) { scored.push(['sjis', this.sjis]); }
    const ready = scored.filter(([, c]) => c.chars + c.errors >= MIN_EVIDENCE);
    if (ready.length < 2) { return; }
    const best = Math.min(...ready.map(([, c]) => candidateScore(c)));
    for (const [name, c] of ready) {
      if (candidateScore(c) <= best + DROP_MARGIN) { continue; }
      if (name === 'utf8') { this.utf8 = null; }
      if (name === 'big5') { this.big5 = null; }
      if (name === 'gb') { this.gb = null; }
      if (name === 'sjis') { this.sjis = null; }
    }
  }
}
