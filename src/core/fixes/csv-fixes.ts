// The CSV/TSV fixes: remove blank / subtotal / title / notes rows, join a two-row header, remove
// trailing delimiters. Each is verified before it is offered: its edits are applied, the result
// is analysed again, and the fix is dropped unless the targeted findings are gone, no other
// finding appeared or disappeared, and every other row still has exactly the same fields.
import { applyEdits, type TextFix } from './fix';
import type { FixId } from '../types';
import { analyseText, findingSignatures, rowKey, type CsvAnalysis } from './csv-fix-analysis';
import { buildFix, type Plan } from './csv-fix-plans';

export interface CsvFixOptions {
  expectedDelimiter: ',' | '\t';
}

const CSV_FIXES: readonly FixId[] = [
  'remove-blank-rows', 'remove-subtotal-rows', 'remove-title-rows', 'remove-notes-rows',
  'join-header-rows', 'remove-trailing-delimiter',
];

/** every verified fix that applies to the text */
export function csvFixes(text: string, opts: CsvFixOptions): TextFix[] {
  const before = analyseText(text, opts.expectedDelimiter);
  const out: TextFix[] = [];
  for (const id of CSV_FIXES) {
    const f = verifiedFix(text, before, id, opts);
    if (f) { out.push(f); }
  }
  return out;
}

/** one fix, verified, or null when it does not apply or fails verification */
export function csvFixById(text: string, id: FixId, opts: CsvFixOptions): TextFix | null {
  if (!CSV_FIXES.includes(id)) { return null; }
  return verifiedFix(text, analyseText(text, opts.expectedDelimiter), id, opts);
}

function verifiedFix(text: string, before: CsvAnalysis, id: FixId, opts: CsvFixOptions): TextFix | null {
  const plan = buildFix(id, text, before);
  if (!plan || plan.edits.length === 0) { return null; }
  let after: CsvAnalysis;
  try {
    after = analyseText(applyEdits(text, plan.edits), opts.expectedDelimiter);
  } catch {
    return null;
  }
  if (!verify(before, after, plan)) { return null; }
  const fix: TextFix = { id, title: plan.title, edits: plan.edits };
  if (plan.removedText) { fix.removedText = plan.removedText; }
  if (plan.review) { fix.review = plan.review; }
  return fix;
}

function verify(before: CsvAnalysis, after: CsvAnalysis, plan: Plan): boolean {
  if (!plan.done(after)) { return false; }
  // no finding that was not there before
  const was = findingSignatures(before);
  const now = findingSignatures(after);
  for (const [sig, n] of now) {
    if (n > (was.get(sig) ?? 0)) { return false; }
  }
  // and none gone but those of what the fix takes out: removing the blank row that ends a group
  // must not make its total pass for data
  for (const [sig, n] of was) {
    if (plan.mayRemove?.(sig)) { continue; }
    if ((now.get(sig) ?? 0) < n - (plan.removedSignatures?.get(sig) ?? 0)) { return false; }
  }
  // every row the fix does not touch keeps exactly its fields, in order
  const expected = plan.keptRows(before).map(plan.expectedKey ?? rowKey);
  const got = after.rows.filter(r => !plan.replacedInResult?.(r, after)).map(rowKey);
  if (expected.length !== got.length) { return false; }
  return expected.every((k, i) => k === got[i]);
}

