// The CLI's portfolio report: the renderers of src/core/portfolio with the CLI's English words
// (levels as the text output names them, criteria by id; the report has no --lang yet).
import { render } from '../core/messages';
import { reportHtml as renderHtml } from '../core/portfolio/report-html';
import type { ReportLanguage } from '../core/portfolio/report-language';
import { reportMarkdown as renderMarkdown } from '../core/portfolio/report-markdown';
import type { Portfolio } from '../core/portfolio/score';
import type { BadgeLevel } from '../core/types';

export { escapeHtml } from '../core/portfolio/report-html';

const LABEL: Record<BadgeLevel, string> = { gold: 'gold 金', silver: 'silver 銀', bronze: 'bronze 銅', none: 'none 無' };

const ENGLISH: ReportLanguage = {
  say: m => render(m),
  level: l => LABEL[l],
  failing: c => `${c.id}: ${c.reason}`,
  suggestion: s => s.text,
};

export function reportMarkdown(p: Portfolio, title: string): string {
  return renderMarkdown(p, title, ENGLISH);
}

export function reportHtml(p: Portfolio, title: string): string {
  return renderHtml(p, title, ENGLISH);
}
