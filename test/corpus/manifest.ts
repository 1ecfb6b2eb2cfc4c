// Reads ../shared/corpus/manifest.tsv: labels per file and the line positions in its notes.
import { existsSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { join, resolve } from 'node:path';

export const CORPUS = resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');

export interface CorpusEntry {
  file: string;
  path: string;
  encoding: string;
  /** labels that are certain */
  labels: Set<string>;
  /** labels marked uncertain with '?' */
  uncertain: Set<string>;
  /** label -> 1-based physical lines named in the note */
  lines: Map<string, Set<number>>;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS, 'manifest.tsv'));
}

export function readManifest(): CorpusEntry[] {
  const rows = readFileSync(join(CORPUS, 'manifest.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = rows[0].split('\t');
  const col = (name: string) => head.indexOf(name);
  return rows.slice(1).map(line => {
    const c = line.split('\t');
    const labels = new Set<string>();
    const uncertain = new Set<string>();
    for (const raw of c[col('labels')].split(',')) {
      const l = raw.trim();
      if (l.endsWith('?')) { uncertain.add(l.slice(0, -1)); } else if (l) { labels.add(l); }
    }
    const lines = notePositions(c[col('note')] ?? '');
    recordsOnly(labels, lines);
    return {
      file: c[col('file')], path: join(CORPUS, 'files', c[col('file')]), encoding: c[col('encoding')],
      labels, uncertain, lines,
    };
  });
}

/** the roles a row is reported for instead of ragged-row (one problem, one finding); 'row' is the note's "unit row@L2", "date row@L2" (titles) */
const ROLE_LABELS = ['title_row', 'notes_rows', 'blank_row', 'subtotal_row', 'section_row', 'row'];

/**
 * The shared manifest counts every row whose field count differs as ragged, title and notes
 * rows included; ragged-row is for records only (a title or notes row is reported for its role
 * only). So a ragged line that the manifest also gives another role is not expected of
 * ragged-row, and a file whose ragged lines all have other roles has no ragged records.
 */
function recordsOnly(labels: Set<string>, lines: Map<string, Set<number>>): void {
  const ragged = lines.get('ragged_rows');
  if (!ragged) { return; }
  for (const l of ROLE_LABELS) { for (const n of lines.get(l) ?? []) { ragged.delete(n); } }
  if (ragged.size === 0) {
    lines.delete('ragged_rows');
    labels.delete('ragged_rows');
  }
}

/** `subtotal_row@L152 (證券合計(1+6)),L153 (…)`, `notes_rows@L25-28`, `(title_row)@L1,L3` … */
export function notePositions(note: string): Map<string, Set<number>> {
  let s = note.replace(/\((\w+)\)@/g, '$1@');
  for (let prev = ''; prev !== s;) { prev = s; s = s.replace(/\([^()]*\)/g, ' '); }
  const out = new Map<string, Set<number>>();
  for (const part of s.split(';')) {
    const m = /([a-z_]+)@(.*)$/.exec(part);
    if (!m) { continue; }
    const set = out.get(m[1]) ?? new Set<number>();
    for (const t of m[2].matchAll(/L(\d+)(?:-L?(\d+))?/g)) {
      const a = Number(t[1]);
      const b = t[2] ? Number(t[2]) : a;
      for (let i = a; i <= b; i++) { set.add(i); }
    }
    out.set(m[1], set);
  }
  return out;
}

/** the file's text as the manifest's encoding column says (decoded independently of the engine) */
export function decodeEntry(e: CorpusEntry): string {
  const buf = readFileSync(e.path);
  const enc = e.encoding.replace(/-bom$/, '');
  const text = enc === 'cp950' ? iconv.decode(buf, 'cp950')
    : enc === 'utf-16le' ? iconv.decode(buf, 'utf-16le') : buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
