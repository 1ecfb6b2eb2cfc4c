// The CLI's portfolio report: the renderers of src/core/portfolio with the CLI's words (levels as
// the text output names them, criteria by id with their reasons), through the bundle for --lang.
import { render } from '../core/messages';
import { reportHtml as renderHtml } from '../core/portfolio/report-html';
import type { ReportLanguage } from '../core/portfolio/report-language';
import { reportMarkdown as renderMarkdown } from '../core/portfolio/report-markdown';
import { suggestionText, type Portfolio } from '../core/portfolio/score';
import { say, type Translate } from './translate';
import { LEVEL, MEDAL } from './words';

export { escapeHtml } from '../core/portfolio/report-html';

const ENGLISH: Translate = () => undefined;

function reportLanguage(t: Translate): ReportLanguage {
  const word = (s: string) => t(s) ?? s;
  return {
    say: m => render(m, t),
    level: l => word(MEDAL[l]),
    failing: c => `${c.id}: ${say(t, c.l10n, c.reason)}`,
    suggestion: s => suggestionText(s, t, l => word(LEVEL[l])),
  };
}

export function reportMarkdown(p: Portfolio, title: string, t: Translate = ENGLISH): string {
  return renderMarkdown(p, title, reportLanguage(t));
}

export function reportHtml(p: Portfolio, title: string, t: Translate = ENGLISH): string {
  return renderHtml(p, title, reportLanguage(t));
}
