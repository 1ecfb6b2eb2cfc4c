// The whole engine over a labelled set of real files (a manifest in the shared corpus's shape):
// precision, recall and F1 per rule, per file and per line, and the false errors on the files
// labelled structurally clean. Used by the shared corpus test and by the project's own set.
import { readFileSync } from 'node:fs';
import { checkBytes } from '../../src/core/engine';
import type { FileReport, Finding, RuleId } from '../../src/core/types';
import type { CorpusEntry } from './manifest';
import { macroF1, Score, table } from './score';

/** manifest label -> the rules that report it */
export const LABEL_RULES: Record<string, RuleId[]> = {
  title_row: ['title-row'],
  multi_row_header: ['multi-row-header'],
  merged_header_blank_cells: ['blank-header'],
  subtotal_row: ['subtotal-row'],
  section_row: ['section-row'],
  blank_row: ['blank-row'],
  notes_rows: ['notes-row'],
  ragged_rows: ['ragged-row'],
  duplicate_header: ['duplicate-header'],
  formula: ['formula'],
  non_utf8: ['non-utf8-encoding'],
  malformed_json: ['invalid-json'],
  malformed_xml: ['invalid-xml', 'not-text'],
  'other:tab_delimited': ['delimiter-mismatch'],
  'other:trailing_delimiter': ['trailing-delimiter'],
};

/** the rules of the structured criterion that look at a table's rows and header */
export const STRUCTURAL: readonly RuleId[] = [
  'title-row', 'multi-row-header', 'blank-header', 'subtotal-row', 'section-row', 'blank-row', 'notes-row',
  'ragged-row', 'duplicate-header',
];

export interface Evaluation {
  fileScores: Map<string, Score>;
  lineScores: Map<string, Score>;
  /** the same, counting only errors and warnings (information is advice, not a verdict) */
  fileScoresStrong: Map<string, Score>;
  /** errors of the structural rules on files labelled clean: "file: rule@line" */
  falseErrorsOnClean: string[];
  cleanFiles: number;
  misses: string[];
  fileF1: number;
  lineF1: number;
  /** macro F1 over the structural rules' labels only, per file */
  structuralF1: number;
}

function labelKey(l: string): string {
  return l.startsWith('non_utf8:') ? 'non_utf8' : l;
}

function ofRules(r: FileReport, rules: RuleId[], strong: boolean): Finding[] {
  return r.findings.filter(f => rules.includes(f.rule) && !f.path && (!strong || f.severity !== 'info'));
}

function linesOf(findings: Finding[]): Set<number> {
  const s = new Set<number>();
  for (const f of findings) { for (let l = f.line; l <= f.endLine; l++) { s.add(l); } }
  return s;
}

export function evaluate(entries: readonly CorpusEntry[], today = '2026-11-26'): Evaluation {
  const fileScores = new Map<string, Score>();
  const fileScoresStrong = new Map<string, Score>();
  const lineScores = new Map<string, Score>();
  const misses: string[] = [];
  const falseErrorsOnClean: string[] = [];
  let cleanFiles = 0;
  const bump = (m: Map<string, Score>, k: string) => { const s = m.get(k) ?? new Score(); m.set(k, s); return s; };
  for (const e of entries) {
    const report = checkBytes({ path: e.path, bytes: new Uint8Array(readFileSync(e.path)) }, { today, maxFindingsPerRule: 100000 });
    const labels = new Set([...e.labels].map(labelKey));
    const uncertain = new Set([...e.uncertain].map(labelKey));
    if (labels.has('clean')) {
      cleanFiles++;
      for (const f of report.findings) {
        if (f.severity === 'error' && STRUCTURAL.includes(f.rule) && !f.path) { falseErrorsOnClean.push(`${e.file}: ${f.rule}@${f.line} ${f.message}`); }
      }
    }
    for (const [label, rules] of Object.entries(LABEL_RULES)) {
      if (uncertain.has(label)) { continue; }
      const exp = labels.has(label);
      const got = ofRules(report, rules, false);
      bump(fileScores, label).add(got.length > 0, exp);
      bump(fileScoresStrong, label).add(ofRules(report, rules, true).length > 0, exp);
      if (exp !== got.length > 0) { misses.push(`${e.file}: ${label} ${exp ? 'missed' : 'reported wrongly'}${exp ? '' : ' ' + got.slice(0, 3).map(f => `@${f.line} [${f.severity}] ${f.message}`).join(' | ')}`); }
      const where = e.lines.get(label);
      if (where && exp) {
        // lines the note names only as "unit row@L2" / "date row@L2" carry no label either way
        const ignore = e.lines.get('row') ?? new Set<number>();
        const pred = new Set([...linesOf(got)].filter(l => where.has(l) || !ignore.has(l)));
        bump(lineScores, label).addSets(pred, where);
        const fp = [...pred].filter(x => !where.has(x));
        const fn = [...where].filter(x => !pred.has(x));
        if (fp.length || fn.length) { misses.push(`${e.file}: ${label} lines extra [${fp.slice(0, 10)}] missing [${fn.slice(0, 10)}]`); }
      }
    }
    // the encoding itself, against the manifest's column
    const enc = e.encoding.replace(/-bom$/, '').replace('cp950', 'big5');
    const ok = report.encoding.name === enc && report.encoding.bom === e.encoding.endsWith('-bom');
    bump(fileScores, 'encoding').add(ok, true);
    if (!ok) { misses.push(`${e.file}: encoding ${report.encoding.name}${report.encoding.bom ? '-bom' : ''}, manifest ${e.encoding}`); }
  }
  const structuralLabels = Object.keys(LABEL_RULES).filter(l => LABEL_RULES[l].some(r => STRUCTURAL.includes(r)));
  const structural = new Map([...fileScores].filter(([k]) => structuralLabels.includes(k)));
  return {
    fileScores, lineScores, fileScoresStrong, falseErrorsOnClean, cleanFiles, misses,
    fileF1: macroF1(fileScores), lineF1: macroF1(lineScores), structuralF1: macroF1(structural),
  };
}

/** the evaluation as the test prints it */
export function describeEvaluation(name: string, ev: Evaluation): string {
  return [
    table(`${name}: per file, every finding (label present / rule reported):`, withRules(ev.fileScores)),
    table(`${name}: per file, errors and warnings only:`, withRules(ev.fileScoresStrong)),
    table(`${name}: per line (where the manifest gives lines):`, withRules(ev.lineScores)),
    `${name}: structural rules' macro F1 per file ${ev.structuralF1.toFixed(3)}; false errors on the ${ev.cleanFiles} clean files: ${ev.falseErrorsOnClean.length}`,
    ...ev.falseErrorsOnClean.map(x => `  false error: ${x}`),
    ev.misses.length ? `${name}: differences:\n  ${ev.misses.join('\n  ')}` : `${name}: no differences`,
  ].join('\n');
}

function withRules(scores: Map<string, Score>): Map<string, Score> {
  return new Map([...scores].map(([label, s]) => [LABEL_RULES[label] ? `${label} (${LABEL_RULES[label].join(', ')})` : label, s]));
}
