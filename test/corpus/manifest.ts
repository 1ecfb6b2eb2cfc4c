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

/** the project's own labelled set: the manifest is in the repository, the files are not (see its README) */
export const OWN_MANIFEST = resolve(__dirname, '..', '..', '..', 'test', 'realfiles', 'manifest.tsv');
export const OWN_FILES = process.env.ODB_REALFILES ?? resolve(__dirname, '..', '..', '..', '..', 'realfiles', 'files');

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS, 'manifest.tsv'));
}

/** why a corpus test is skipped, when it is */
export const CORPUS_SKIP = corpusAvailable() ? false
  : `no ../shared/corpus beside the repository (${CORPUS}): the real-file corpus comes with the steering repository's shared/ folder, which CI checks out beside this one; skipped`;

export function ownSetAvailable(): boolean {
  return existsSync(OWN_MANIFEST) && existsSync(OWN_FILES);
}

export const OWN_SKIP = ownSetAvailable() ? false
  : `the project's own labelled files are not at ${OWN_FILES} (set ODB_REALFILES): they are not stored in the repository; test/realfiles/README.md says how to fetch them from their public repositories; skipped`;

export function readManifest(manifest = join(CORPUS, 'manifest.tsv'), files = join(CORPUS, 'files')): CorpusEntry[] {
  const rows = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
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
      file: c[col('file')], path: join(files, c[col('file')]), encoding: c[col('encoding')],
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
