// The agency score of badge-rules.md §2 and the changes that would raise it most.
import { LEVELS, withLevel } from '../badge';
import { format, msg, render, withWords, argsOf, type Msg } from '../messages';
import type { BadgeLevel, CriterionId, DatasetReport } from '../types';

export const LEVEL_POINTS: Record<BadgeLevel, number> = { none: 0, bronze: 0.3, silver: 0.6, gold: 1.0 };
const BONUS_PER_API = 0.1;
const MAX_BONUS = 5;

export interface ApiCheck {
  path: string;
  valid: boolean;
}

export interface Suggestion {
  text: string;
  gain: number;
  l10n: Msg;
  criterion: CriterionId;
  datasets: string[];
}

export interface PortfolioDataset {
  name: string;
  badge: DatasetReport['badge'];
  resources: string[];
  /** the resources that were listed, not checked (a spreadsheet, a PDF…), with why; absent when none */
  notChecked?: { path: string; note: string; l10n: Msg }[];
}

export interface Portfolio {
  version: 1;
  score: number;
  bonus: number;
  counts: Record<BadgeLevel, number>;
  datasets: PortfolioDataset[];
  apis: ApiCheck[];
  suggestions: Suggestion[];
}

/** What keeps a dataset down, per criterion: words of the bundle, put into the suggestion */
const CRITERION_NAMES: Record<CriterionId, string> = {
  'link-works': msg('a resource link does not work').template,
  'direct-download': msg('a resource link is not a direct download').template,
  'structured': msg('a resource is not structured (subtotals, blank rows, merged headers…)').template,
  'metadata-encoding': msg('編碼格式 does not match the file').template,
  'metadata-fields': msg('主要欄位說明 does not match the fields').template,
  'timeliness': msg('the update is overdue (更新頻率)').template,
};

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function portfolio(datasets: readonly DatasetReport[], apis: readonly ApiCheck[]): Portfolio {
  const counts: Record<BadgeLevel, number> = { gold: 0, silver: 0, bronze: 0, none: 0 };
  for (const d of datasets) { counts[d.badge.level]++; }
  const total = datasets.length;
  const bonus = Math.min(MAX_BONUS, round2(apis.filter(a => a.valid).length * BONUS_PER_API));
  const points = datasets.reduce((a, d) => a + LEVEL_POINTS[d.badge.level], 0);
  const score = round2((total === 0 ? 0 : (points / total) * 100) + bonus);
  return {
    version: 1, score, bonus, counts,
    datasets: datasets.map(portfolioDataset),
    apis: [...apis],
    suggestions: suggest(datasets),
  };
}

function portfolioDataset(d: DatasetReport): PortfolioDataset {
  const notChecked = (d.resourceFiles ?? []).filter(r => !r.checked).map(r => ({ path: r.path, note: r.note, l10n: r.l10n }));
  return { name: d.name, badge: d.badge, resources: d.resources, ...(notChecked.length ? { notChecked } : {}) };
}

/**
 * For each criterion: the datasets whose level would rise if only that criterion passed, and the
 * points that would add to the score. Ranked by gain; ties by the number of datasets.
 */
export function suggest(datasets: readonly DatasetReport[]): Suggestion[] {
  const total = datasets.length;
  if (total === 0) { return []; }
  const byCriterion = new Map<CriterionId, { names: string[]; gain: number; from: Set<BadgeLevel> }>();
  for (const d of datasets) {
    for (const c of d.badge.criteria) {
      if (c.status !== 'fail') { continue; }
      const fixed = withLevel(d.badge.criteria.map(x => (x.id === c.id ? { ...x, status: 'pass' as const } : x)));
      const gain = LEVEL_POINTS[fixed.level] - LEVEL_POINTS[d.badge.level];
      if (gain <= 0) { continue; }
      const e = byCriterion.get(c.id) ?? { names: [], gain: 0, from: new Set<BadgeLevel>() };
      e.names.push(d.name);
      e.gain += (gain / total) * 100;
      e.from.add(d.badge.level);
      byCriterion.set(c.id, e);
    }
  }
  return [...byCriterion.entries()]
    .map(([criterion, e]) => {
      const levels = [...e.from].sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a)).join('/');
      // the levels ("silver/bronze") are put in by each adapter's level names (suggestionText)
      const m = e.names.length === 1
        ? withWords(msg('1 dataset is {0} only because {1}: +{2} points', levels, CRITERION_NAMES[criterion], round2(e.gain)), 1)
        : withWords(msg('{0} datasets are {1} only because {2}: +{3} points', e.names.length, levels, CRITERION_NAMES[criterion], round2(e.gain)), 2);
      return { text: render(m), gain: round2(e.gain), l10n: m, criterion, datasets: e.names };
    })
    .sort((a, b) => b.gain - a.gain || b.datasets.length - a.datasets.length);
}

const isLevelList = (a: string) => a.split('/').every(l => (LEVELS as readonly string[]).includes(l));

/** A suggestion in a language: its template, the criterion's words and the level names translated. */
export function suggestionText(s: Suggestion, translate: (template: string) => string | undefined, level: (l: BadgeLevel) => string): string {
  const args = argsOf(s.l10n, translate).map((a, i) => typeof a === 'string' && !s.l10n.words?.includes(i) && isLevelList(a)
    ? a.split('/').map(l => level(l as BadgeLevel)).join('/') : a);
  return format(translate(s.l10n.template) ?? s.l10n.template, args);
}
