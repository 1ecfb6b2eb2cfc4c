// The words of the portfolio report, for the renderers of report-html.ts and report-markdown.ts.
// The adapters bring the language: the CLI its English labels, the editor vscode.l10n (the msg()
// templates below are in the l10n bundle like the engine's messages).
import { msg, type Msg } from '../messages';
import type { BadgeLevel, Criterion } from '../types';
import type { Portfolio, PortfolioDataset, Suggestion } from './score';

export interface ReportLanguage {
  /** one of the report's own templates (REPORT_WORDS) in this language */
  say(m: Msg): string;
  level(l: BadgeLevel): string;
  /** a failing criterion of a dataset, with its reason */
  failing(c: Criterion): string;
  suggestion(s: Suggestion): string;
}

/** The order of the counts and of the chart's bars. */
export const LEVEL_ORDER: readonly BadgeLevel[] = ['gold', 'silver', 'bronze', 'none'];

export const REPORT_WORDS = {
  raise: msg('What would raise the score most'),
  datasets: msg('Datasets'),
  apis: msg('APIs (OpenAPI)'),
  columns: [msg('dataset'), msg('badge'), msg('failing criteria'), msg('resources')],
  valid: msg('valid'),
  invalid: msg('invalid'),
  chart: msg('badge counts'),
} as const;

/** "Score 63.43 (OpenAPI bonus 0.1: 1 valid; 3 datasets)" */
export function scoreLine(p: Portfolio): Msg {
  return msg('Score {0} (OpenAPI bonus {1}: {2} valid; {3} datasets)',
    p.score.toFixed(2), p.bonus.toFixed(1), p.apis.filter(a => a.valid).length, p.datasets.length);
}

/** What the suggestions list says when it is empty. */
export function noSuggestion(p: Portfolio): Msg {
  return p.datasets.length > 0 && p.counts.gold === p.datasets.length
    ? msg('Nothing: every dataset is gold.')
    : msg('No single change would raise a dataset\'s badge.');
}

/** A dataset's resources, each with what was done with it when it was not checked (a spreadsheet
 *  beside a CSV is listed, not left out in silence). */
export function resourceEntries(d: PortfolioDataset, lang: ReportLanguage): { name: string; note: string | null }[] {
  return d.resources.map(name => {
    const n = d.notChecked?.find(x => x.path === name);
    return { name, note: n ? lang.say(n.l10n) : null };
  });
}
