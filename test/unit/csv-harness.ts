// Test helpers for the CSV engine: run the analyzer (in chunks of any size) and the CSV rules.
import { CsvAnalyzer } from '../../src/core/csv/analyzer';
import type { CsvLayout, CsvRow, CsvSummary } from '../../src/core/csv/model';
import { RuleRun } from '../../src/core/rule-run';
import type { Rule } from '../../src/core/rules/rule';
import type { Finding, RuleId } from '../../src/core/types';
import { rule as blankRow } from '../../src/core/rules/blank-row';
import { rule as raggedRow } from '../../src/core/rules/ragged-row';
import { rule as titleRow } from '../../src/core/rules/title-row';
import { rule as multiRowHeader } from '../../src/core/rules/multi-row-header';
import { rule as blankHeader } from '../../src/core/rules/blank-header';
import { rule as duplicateHeader } from '../../src/core/rules/duplicate-header';
import { rule as subtotalRow } from '../../src/core/rules/subtotal-row';
import { rule as notesRow } from '../../src/core/rules/notes-row';
import { rule as sectionRow } from '../../src/core/rules/section-row';
import { rule as formula } from '../../src/core/rules/formula';
import { rule as quoteError } from '../../src/core/rules/quote-error';
import { rule as delimiterMismatch } from '../../src/core/rules/delimiter-mismatch';
import { rule as trailingDelimiter } from '../../src/core/rules/trailing-delimiter';

export const CSV_RULES: readonly Rule[] = [
  blankRow, raggedRow, titleRow, multiRowHeader, blankHeader, duplicateHeader, subtotalRow, sectionRow, notesRow,
  formula, quoteError, delimiterMismatch, trailingDelimiter,
];

export interface Analysis {
  layout: CsvLayout;
  layoutCalls: number;
  rows: CsvRow[];
  summary: CsvSummary;
}

/** analyse `text`, pushed in chunks of `chunk` characters (0: all at once) */
export function analyse(text: string, opts: { chunk?: number; ranges?: boolean; expectedDelimiter?: ',' | '\t'; maxFieldsPerRow?: number } = {}): Analysis {
  const rows: CsvRow[] = [];
  let layout: CsvLayout | null = null;
  let layoutCalls = 0;
  const a = new CsvAnalyzer({
    expectedDelimiter: opts.expectedDelimiter ?? ',',
    maxFieldsPerRow: opts.maxFieldsPerRow,
    sink: {
      layout: l => { layout = l; layoutCalls++; },
      row: r => {
        if (!layout) { throw new Error('row before layout'); }
        rows.push(r);
      },
    },
  });
  const size = opts.chunk ?? 0;
  if (size <= 0) {
    a.push(text);
  } else {
    for (let i = 0; i < text.length; i += size) {
      if (opts.ranges) { a.push(text, i, Math.min(i + size, text.length)); } else { a.push(text.slice(i, i + size)); }
    }
  }
  const summary = a.end();
  return { layout: layout as unknown as CsvLayout, layoutCalls, rows, summary };
}

/** analyse the UTF-8 bytes of `text`, pushed in chunks of `chunk` bytes (0: all at once) */
export function analyseBytes(text: string, opts: { chunk?: number; expectedDelimiter?: ',' | '\t' } = {}): Analysis {
  const rows: CsvRow[] = [];
  let layout: CsvLayout | null = null;
  let layoutCalls = 0;
  const a = new CsvAnalyzer({
    expectedDelimiter: opts.expectedDelimiter ?? ',',
    sink: { layout: l => { layout = l; layoutCalls++; }, row: r => { rows.push(r); } },
  });
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const size = opts.chunk || bytes.length || 1;
  for (let i = 0; i < bytes.length; i += size) { a.pushBytes(bytes.subarray(i, i + size)); }
  const summary = a.end();
  return { layout: layout as unknown as CsvLayout, layoutCalls, rows, summary };
}

/** everything observable about the rows, positions of every cell included */
export function snapshot(a: Analysis): unknown {
  return {
    summary: a.summary,
    delimiter: a.layout.delimiter,
    header: a.layout.headerRows.map(r => r.line),
    columns: a.layout.columns,
    rows: a.rows.map(r => ({
      index: r.index, role: r.role, line: r.line, endLine: r.endLine, endColumn: r.endColumn, start: r.start, end: r.end,
      values: r.values, fieldCount: r.fieldCount, lastQuoted: r.lastQuoted, nonEmpty: r.nonEmpty,
      quoteErrors: r.quoteErrors, formulaCells: r.formulaCells, evidence: r.evidence, sumOf: r.sumOf,
      cells: r.values.map((_, i) => r.cell(i)),
    })),
  };
}

/** the CSV rules' findings for `text` (all of them, or the named rules) */
export function check(text: string, ids?: RuleId[], format: 'csv' | 'tsv' = 'csv'): Finding[] {
  const run = new RuleRun({
    path: `test.${format}`, format, contentFormat: format,
    encoding: { name: 'utf-8', bom: false, confidence: 1 }, metadata: null, today: '2026-01-01', graceDays: 0, firstLine: { line: 1, column: 1, endLine: 1, endColumn: 1 }, links: null, openapi: null,
    severities: {}, maxFindingsPerRule: 1000, rules: ids ? CSV_RULES.filter(r => ids.includes(r.id)) : CSV_RULES,
  });
  run.start();
  let layout: CsvLayout | null = null;
  const a = new CsvAnalyzer({
    expectedDelimiter: format === 'tsv' ? '\t' : ',',
    sink: { layout: l => { layout = l; run.csvLayout(l); }, row: (r, l) => run.csvRow(r, l) },
  });
  a.push(text);
  run.csvEnd(a.end(), layout);
  run.end({ fields: null, fieldsRange: null });
  return run.findings;
}

/** lines of the findings of one rule */
export function linesOf(findings: Finding[], id: RuleId): number[] {
  return findings.filter(f => f.rule === id).map(f => f.line);
}
