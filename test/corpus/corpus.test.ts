// The whole engine over the 47 real government files of ../shared/corpus, against manifest.tsv:
// precision and recall per rule, per file and per line. The floors ratchet: raise them when the
// engine improves, never lower them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkBytes } from '../../src/core/engine';
import type { FileReport, RuleId } from '../../src/core/types';
import { corpusAvailable, readManifest, type CorpusEntry } from './manifest';
import { macroF1, Score, table } from './score';

/** reached on this corpus; the test fails when the engine falls below */
const FLOOR = { fileMacroF1: 0.99, lineMacroF1: 0.98 };   // reached: 0.992 and 0.984

/** manifest label -> the rules that report it */
const LABEL_RULES: Record<string, RuleId[]> = {
  title_row: ['title-row'],
  multi_row_header: ['multi-row-header'],
  merged_header_blank_cells: ['blank-header'],
  subtotal_row: ['subtotal-row'],
  blank_row: ['blank-row'],
  notes_rows: ['notes-row'],
  ragged_rows: ['ragged-row'],
  formula: ['formula'],
  non_utf8: ['non-utf8-encoding'],
  malformed_json: ['invalid-json'],
  malformed_xml: ['invalid-xml', 'not-text'],
  'other:tab_delimited': ['delimiter-mismatch'],
  'other:trailing_delimiter': ['trailing-delimiter'],
};

function labelKey(l: string): string {
  return l.startsWith('non_utf8:') ? 'non_utf8' : l;
}

function reported(r: FileReport, rules: RuleId[]): boolean {
  return r.findings.some(f => rules.includes(f.rule) && !f.path);
}

function linesOf(r: FileReport, rules: RuleId[]): Set<number> {
  const s = new Set<number>();
  for (const f of r.findings) {
    if (!rules.includes(f.rule) || f.path) { continue; }
    for (let l = f.line; l <= f.endLine; l++) { s.add(l); }
  }
  return s;
}

test('corpus: every rule against manifest.tsv', { skip: corpusAvailable() ? false : 'no ../shared/corpus beside the repository: corpus test skipped' }, () => {
  const entries: CorpusEntry[] = readManifest();
  const fileScores = new Map<string, Score>();
  const lineScores = new Map<string, Score>();
  const misses: string[] = [];
  for (const e of entries) {
    const report = checkBytes({ path: e.path, bytes: new Uint8Array(readFileSync(e.path)) }, { today: '2026-11-26', maxFindingsPerRule: 100000 });
    const labels = new Set([...e.labels].map(labelKey));
    const uncertain = new Set([...e.uncertain].map(labelKey));
    for (const [label, rules] of Object.entries(LABEL_RULES)) {
      if (uncertain.has(label)) { continue; }
      const exp = labels.has(label);
      const got = reported(report, rules);
      const s = fileScores.get(label) ?? new Score();
      s.add(got, exp);
      fileScores.set(label, s);
      if (exp !== got) { misses.push(`${e.file}: ${label} ${exp ? 'missed' : 'reported wrongly'}`); }
      const where = e.lines.get(label);
      if (where && exp) {
        const ls = lineScores.get(label) ?? new Score();
        // lines the note names only as "unit row@L2" / "date row@L2" carry no label either way
        const ignore = e.lines.get('row') ?? new Set<number>();
        const pred = new Set([...linesOf(report, rules)].filter(l => where.has(l) || !ignore.has(l)));
        ls.addSets(pred, where);
        lineScores.set(label, ls);
        const fp = [...pred].filter(x => !where.has(x));
        const fn = [...where].filter(x => !pred.has(x));
        if (fp.length || fn.length) { misses.push(`${e.file}: ${label} lines extra [${fp.slice(0, 10)}] missing [${fn.slice(0, 10)}]`); }
      }
    }
    // the encoding itself, against the manifest's column
    const enc = e.encoding.replace(/-bom$/, '').replace('cp950', 'big5');
    const es = fileScores.get('encoding') ?? new Score();
    es.add(report.encoding.name === enc && report.encoding.bom === e.encoding.endsWith('-bom'), true);
    fileScores.set('encoding', es);
    if (report.encoding.name !== enc) { misses.push(`${e.file}: encoding ${report.encoding.name}, manifest ${e.encoding}`); }
  }
  const fileF1 = macroF1(fileScores);
  const lineF1 = macroF1(lineScores);
  console.log(table('per file (label present / reported):', fileScores));
  console.log(table('per line (where the manifest gives lines):', lineScores));
  if (misses.length) { console.log('differences:\n  ' + misses.join('\n  ')); }
  assert.ok(fileF1 >= FLOOR.fileMacroF1, `file-level macro F1 ${fileF1.toFixed(3)} fell below ${FLOOR.fileMacroF1}`);
  assert.ok(lineF1 >= FLOOR.lineMacroF1, `line-level macro F1 ${lineF1.toFixed(3)} fell below ${FLOOR.lineMacroF1}`);
});
