// The badge of one file, from its findings and the criteria its rules evaluated
// (../shared/spec/badge-rules.md §1). Unknown criteria do not lower the level (the contract):
// they are listed as assumptions instead.
import { msg, plural, render, type Msg } from './messages';
import { joinReason } from './reason-text';
import { rules } from './rules/registry';
import type { CriterionFact } from './rule-run';
import type { Badge, BadgeLevel, Criterion, CriterionId, FileFormat, RuleId } from './types';

export const CRITERIA: readonly { id: CriterionId; level: Exclude<BadgeLevel, 'none'> }[] = [
  { id: 'link-works', level: 'bronze' },
  { id: 'direct-download', level: 'bronze' },
  { id: 'structured', level: 'silver' },
  { id: 'metadata-encoding', level: 'gold' },
  { id: 'metadata-fields', level: 'gold' },
  { id: 'timeliness', level: 'gold' },
];

export const LEVELS: readonly BadgeLevel[] = ['none', 'bronze', 'silver', 'gold'];

/** The reason of a link criterion when no link was checked (offline, or link checks off). */
const LINKS_NOT_CHECKED = msg('links not checked (offline)');

/** A link criterion left unknown because its links were not checked at all. */
export function linksNotChecked(c: Criterion): boolean {
  return c.status === 'unknown' && (c.l10n ?? []).some(p => p.template === LINKS_NOT_CHECKED.template);
}

/** How a finding count reads in a reason: "3 subtotal rows"; also the badge view's short lines. */
const NOUNS: Partial<Record<RuleId, (n: number) => Msg>> = {
  'blank-row': n => plural(n, '{0} blank row', '{0} blank rows'),
  'ragged-row': n => plural(n, '{0} ragged row', '{0} ragged rows'),
  'title-row': n => plural(n, '{0} title row', '{0} title rows'),
  'multi-row-header': () => msg('a multi-row header'),
  'blank-header': n => plural(n, '{0} blank header cell', '{0} blank header cells'),
  'subtotal-row': n => plural(n, '{0} subtotal row', '{0} subtotal rows'),
  'section-row': n => plural(n, '{0} section label row', '{0} section label rows'),
  'notes-row': n => plural(n, '{0} notes row', '{0} notes rows'),
  'formula': n => plural(n, '{0} formula', '{0} formulas'),
  'quote-error': n => plural(n, '{0} quote error', '{0} quote errors'),
  'invalid-json': () => msg('not well-formed JSON'),
  'invalid-xml': () => msg('not well-formed XML'),
  'xml-encoding-mismatch': () => msg('the XML declaration names the wrong encoding'),
  'utf8-bom': () => msg('a byte-order mark before the JSON'),
  'not-text': () => msg('binary content, not text'),
  'empty-file': () => msg('an empty file'),
};

/** "2 subtotal rows": a rule's findings counted, for reasons and the badge view; null for rules
 *  whose criterion reason says it better (metadata, links, timeliness) */
export function countedFindings(rule: RuleId, n: number): Msg | null {
  return NOUNS[rule]?.(n) ?? null;
}

export interface FileScoreInput {
  format: FileFormat;
  counts: ReadonlyMap<RuleId, number>;
  criteria: ReadonlyMap<CriterionId, CriterionFact>;
  /** a description of the content when it is structured, e.g. "12 columns, 340 rows" (parts) */
  structureSummary: Msg[] | null;
}

export function scoreFile(input: FileScoreInput): Badge {
  if (input.format === 'metadata') { return { level: 'none', criteria: [], assumptions: [] }; }
  const criteria = CRITERIA.map(({ id, level }) => criterion(id, level, evaluate(id, input)));
  return withLevel(criteria);
}

/** The level all criteria allow, and the unknown criteria that were assumed to pass. */
export function withLevel(criteria: Criterion[]): Badge {
  let level: BadgeLevel = 'gold';
  for (const c of criteria) {
    if (c.status === 'fail') {
      const below = LEVELS[LEVELS.indexOf(c.level) - 1];
      if (LEVELS.indexOf(below) < LEVELS.indexOf(level)) { level = below; }
    }
  }
  const reached = LEVELS.indexOf(level);
  const assumptions = criteria
    .filter(c => c.status === 'unknown' && LEVELS.indexOf(c.level) <= reached)
    .map(c => c.id);
  return { level, criteria, assumptions };
}

function criterion(id: CriterionId, level: Criterion['level'], fact: CriterionFact): Criterion {
  const parts = Array.isArray(fact.reason) ? fact.reason : [fact.reason];
  return { id, level, status: fact.status, reason: joinReason(parts, p => render(p)), l10n: parts };
}

function evaluate(id: CriterionId, input: FileScoreInput): CriterionFact {
  const set = input.criteria.get(id);
  // a rule that failed the criterion says why best ("編碼格式 BIG5, the file is UTF-8")
  if (set?.status === 'fail') { return set; }
  const failing = failingCounts(id, input.counts);
  if (failing.length > 0) {
    return { status: 'fail', reason: joinReasons(failing) };
  }
  if (set) { return set; }
  if (id === 'structured') {
    if (input.format === 'unknown') {
      return { status: 'fail', reason: msg('not a structured format (CSV, JSON or XML)') };
    }
    return { status: 'pass', reason: input.structureSummary ?? msg('well-formed') };
  }
  if (id === 'link-works' || id === 'direct-download') {
    return { status: 'unknown', reason: LINKS_NOT_CHECKED };
  }
  return { status: 'unknown', reason: msg('not checked') };
}

/** rules whose findings fail this criterion, with their counts */
function failingCounts(id: CriterionId, counts: ReadonlyMap<RuleId, number>): [RuleId, number][] {
  return rules.filter(r => r.criterion === id && (counts.get(r.id) ?? 0) > 0)
    .map(r => [r.id, counts.get(r.id) ?? 0]);
}

function joinReasons(items: [RuleId, number][]): Msg[] {
  return items.map(([rule, n]) => countedFindings(rule, n) ?? msg('{0} × {1}', n, rule));
}
