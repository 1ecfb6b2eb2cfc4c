// From the counters to one answer, in the order of the issue: signature, BOM, strict UTF-8,
// UTF-16 by its NULs, then the legacy encodings by how well each reads the bytes. chardet is
// consulted only when two legacy readings fit equally well, after the metadata's hint.
import type { EncodingName } from '../types';
import type { DetectedEncoding } from './detected';
import { big5Counts, candidateScore, utf8Counts, type FullScan } from './full-scan';
import { binaryKindOf } from './magic';
import { chardetLib } from './legacy-libs';
import { msg } from '../messages';
import { encodingLabel, normalizeEncodingName } from './names';
import type { Utf16Scan } from './scan-bytes';
import type { CandidateCounts } from './scan-cjk';

export interface SniffFacts {
  size: number;
  head: Uint8Array;
  truncatedUtf8: boolean;
  ascii: boolean;
  full: FullScan | null;
  /** set when the file starts with a UTF-16 BOM */
  utf16Bom: Utf16Scan | null;
  /** valid UTF-8 bytes after the first non-ASCII byte, before the full scan began */
  prefixUtf8Bytes: number;
  hint?: string;
}

/** scores closer than this are a tie, settled by the hint, then chardet, then Taiwan's usual order */
const TIE = 0.05;
const ORDER: readonly EncodingName[] = ['big5', 'utf-8', 'gb18030', 'shift_jis', 'windows-1252'];

export function verdict(f: SniffFacts): DetectedEncoding {
  const r = decide(f);
  const b = f.full?.bytes;
  if (b && r.name !== 'binary' && padded(f)) {
    const pad = `The file ends with ${b.nul} NUL byte(s) of padding.`;
    r.note = r.note ? `${r.note} ${pad}` : pad;
  }
  return r;
}

/** All the NULs are at the end, after some content: a file padded by its exporter, not binary
 *  content (a file of nothing but NULs is not padded text). */
function padded(f: SniffFacts): boolean {
  const b = f.full?.bytes;
  return !!b && b.nul > 0 && b.firstNul > 0 && f.size - b.firstNul === b.nul;
}

function decide(f: SniffFacts): DetectedEncoding {
  if (f.size === 0) { return { name: 'utf-8', bom: false, confidence: 1, ascii: true }; }
  const kind = binaryKindOf(f.head);
  if (kind) { return binary(kind, 1); }
  if (f.utf16Bom) { return utf16(f.utf16Bom, f.head[0] === 0xff ? 'utf-16le' : 'utf-16be', true); }
  const bom = f.head[0] === 0xef && f.head[1] === 0xbb && f.head[2] === 0xbf;
  const full = f.full;
  if (!full) { return utf8(bom, f.truncatedUtf8, f.ascii, null); }
  const b = full.bytes;
  if (b.nul > 0 && !bom) {
    const u = utf16WithoutBom(full);
    if (u) { return u; }
    if (b.nul * 200 >= f.size && !padded(f)) { return binary(msg('binary file').template, 0.9); }
  }
  if (full.utf8 && full.utf8.errors === 0) { return utf8(bom, f.truncatedUtf8, false, null); }
  if (bom) { return utf8(true, false, false, full.utf8 ? utf8Counts(full.utf8) : { chars: 0, errors: 1, rare: 0 }); }
  if (b.controls * 20 > b.bytes) { return binary(msg('binary file').template, 0.9); }
  return legacy(f, full);
}

function binary(kind: string, confidence: number): DetectedEncoding {
  return { name: 'binary', bom: false, confidence, binaryKind: kind };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function utf8(bom: boolean, truncated: boolean, ascii: boolean, bad: CandidateCounts | null): DetectedEncoding {
  if (bad) {
    const rate = bad.errors / Math.max(1, bad.chars + bad.errors);
    return {
      name: 'utf-8', bom, confidence: round2(Math.max(0.1, 0.95 * (1 - Math.min(1, 5 * rate)))),
      note: `${bad.errors} byte sequence(s) are not valid UTF-8.`,
    };
  }
  if (truncated) {
    return {
      name: 'utf-8', bom, confidence: 0.8,
      note: 'The file ends inside a multi-byte UTF-8 character: it was probably cut off, and the last character is incomplete.',
    };
  }
  return ascii ? { name: 'utf-8', bom, confidence: 1, ascii: true } : { name: 'utf-8', bom, confidence: 1 };
}

function utf16(u: Utf16Scan, name: 'utf-16le' | 'utf-16be', bom: boolean): DetectedEncoding {
  const bad = name === 'utf-16le' ? u.badSurrogatesLe : u.badSurrogatesBe;
  const r: DetectedEncoding = { name, bom, confidence: bom ? 1 : 0.9 };
  const notes: string[] = [];
  if (u.truncated) {
    r.confidence -= 0.2;
    notes.push('The file ends in the middle of a UTF-16 code unit (an odd number of bytes): it was probably cut off.');
  }
  if (bad > 0) {
    r.confidence -= Math.min(0.5, 0.1 + bad / Math.max(1, u.units));
    notes.push(`${bad} unpaired surrogate code unit(s).`);
  }
  r.confidence = round2(r.confidence);
  if (notes.length) { r.note = notes.join(' '); }
  return r;
}

/** UTF-16 without a BOM: NULs (the high bytes of ASCII characters) on one side of the units. */
function utf16WithoutBom(full: FullScan): DetectedEncoding | null {
  const b = full.bytes;
  const u = full.utf16;
  if (!u || u.units === 0) { return null; }
  const le = b.nulOdd >= b.nulEven;
  const side = le ? b.nulOdd : b.nulEven;
  if (b.nul < 2 || side < 0.9 * b.nul || side * 50 < u.units) { return null; }
  const controls = le ? u.controlsLe : u.controlsBe;
  const bad = le ? u.badSurrogatesLe : u.badSurrogatesBe;
  if (controls * 20 > u.units || bad * 100 > u.units) { return null; }
  return utf16(u, le ? 'utf-16le' : 'utf-16be', false);
}

interface Candidate {
  name: EncodingName;
  counts: CandidateCounts;
  score: number;
}

function legacy(f: SniffFacts, full: FullScan): DetectedEncoding {
  const cands: Candidate[] = [];
  const add = (name: EncodingName, counts: CandidateCounts) => cands.push({ name, counts, score: candidateScore(counts) });
  if (full.big5) { add('big5', big5Counts(full.big5)); }
  if (full.utf8) { add('utf-8', utf8Counts(full.utf8, Math.floor(f.prefixUtf8Bytes / 3))); }
  if (full.gb) { add('gb18030', full.gb); }
  if (full.sjis) { add('shift_jis', full.sjis); }
  const b = full.bytes;
  // Latin text with a few accented letters: plausible only when no CJK reading fits well
  if (b.high > 0 && b.high * 10 <= b.bytes * 3) {
    cands.push({ name: 'windows-1252', counts: { chars: b.high, errors: b.undefined1252, rare: 0 }, score: 0.5 + (10 * b.undefined1252) / b.high });
  }
  cands.sort((x, y) => x.score - y.score || ORDER.indexOf(x.name) - ORDER.indexOf(y.name));
  const best = cands[0];
  if (!best || best.score > 3) { return binary('binary file', 0.6); }
  const near = cands.filter(c => c.score <= best.score + TIE);
  let winner = best;
  let cap = 1;
  if (near.length > 1) {
    const hints = hintedNames(f.hint);
    const hinted = near.find(c => hints.includes(c.name));
    const voted = hinted ? undefined : chardetPick(full.sampleBytes(), near);
    winner = hinted ?? voted ?? best;
    cap = hinted ? 0.85 : voted ? 0.7 : 0.6;
  }
  const c = winner.counts;
  const errRate = c.errors / Math.max(1, c.chars + c.errors);
  const rareRate = c.chars ? c.rare / c.chars : 0;
  let confidence = 0.98 * (1 - Math.min(0.9, 5 * errRate)) * (1 - Math.min(0.5, rareRate));
  confidence = Math.min(confidence, cap, winner.name === 'windows-1252' ? 0.5 : 1);
  const r: DetectedEncoding = { name: winner.name, bom: false, confidence: round2(Math.max(0.05, confidence)) };
  const notes: string[] = [];
  if (winner.name === 'big5' && full.big5) {
    r.variant = full.big5.eudcCount > 0 ? 'big5-hkscs' : 'cp950';
    r.eudc = full.big5.eudc;
    r.eudcCount = full.big5.eudcCount;
    if (full.positionsApproximate && r.eudcCount > 0) {
      notes.push('The positions of user-defined characters are approximate: the file mixes UTF-8 and Big5, or has lines over 1 MB.');
    }
  }
  if (c.errors > 0) { notes.push(`${c.errors} byte sequence(s) are not valid ${encodingLabel(winner.name, r.variant)}.`); }
  if (notes.length) { r.note = notes.join(' '); }
  return r;
}

/**
 * The encodings a 編碼格式 value names. Publishers write "BIG5", "UTF8 (無BOM)", "Big5 碼", and one
 * value per resource separated by ";": any of them may settle a tie.
 */
export function hintedNames(hint: string | undefined): EncodingName[] {
  if (!hint) { return []; }
  const names = (hint.match(/utf-?8|utf-?16(?:\s*-?\s*[lb]e)?|big-?5(?:-?hkscs)?|cp-?9(?:50|36|32)|ms-?950|gb-?18030|gbk|gb-?2312|shift[-_]?jis|sjis|windows-?1252/gi) ?? [])
    .map(m => normalizeEncodingName(m.replace(/\s+/g, '')))
    .filter((n): n is EncodingName => n !== null);
  return [...new Set(names)];
}

/** chardet's ranking, restricted to the readings that tie. */
function chardetPick(sample: Uint8Array, near: readonly Candidate[]): Candidate | undefined {
  if (sample.length === 0) { return undefined; }
  for (const m of chardetLib().analyse(sample)) {
    const name = normalizeEncodingName(m.name);
    const hit = near.find(c => c.name === name);
    if (hit) { return hit; }
  }
  return undefined;
}
