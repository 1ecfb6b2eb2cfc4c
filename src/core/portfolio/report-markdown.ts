// The portfolio report as Markdown (every value from a file escaped).
import type { Portfolio } from './score';
import { LEVEL_ORDER, noSuggestion, REPORT_WORDS as W, resourceEntries, scoreLine, type ReportLanguage } from './report-language';

export interface MarkdownOptions {
  /** a line under the title (the editor's "partial report") */
  notice?: string;
}

export function reportMarkdown(p: Portfolio, title: string, lang: ReportLanguage, o: MarkdownOptions = {}): string {
  const md = (s: string) => s.replace(/[\\`*_[\]|<>]/g, c => '\\' + c);
  const counts = LEVEL_ORDER.map(l => `${md(lang.level(l))}: ${p.counts[l]}`).join(', ');
  const lines = [
    `# ${md(title)}`, '',
    ...(o.notice ? [`> ${md(o.notice)}`, ''] : []),
    `**${md(lang.say(scoreLine(p)))}** — ${counts}`, '',
    `## ${md(lang.say(W.raise))}`, '',
    ...(p.suggestions.length
      ? p.suggestions.map((s, i) => `${i + 1}. ${md(lang.suggestion(s))} (${s.datasets.map(md).join(', ')})`)
      : [md(lang.say(noSuggestion(p)))]),
    '', `## ${md(lang.say(W.datasets))}`, '',
    `| ${W.columns.map(c => md(lang.say(c))).join(' | ')} |`, '|---|---|---|---|',
    ...p.datasets.map(d => `| ${md(d.name)} | ${md(lang.level(d.badge.level))} | ` +
      `${d.badge.criteria.filter(c => c.status === 'fail').map(c => md(lang.failing(c))).join('<br>') || '—'} | ${resourceEntries(d, lang).map(r => md(r.name) + (r.note ? ` — ${md(r.note)}` : '')).join('<br>')} |`),
  ];
  if (p.apis.length) {
    lines.push('', `## ${md(lang.say(W.apis))}`, '',
      ...p.apis.map(a => `- ${md(a.path)}: ${md(lang.say(a.valid ? W.valid : W.invalid))}`));
  }
  return lines.join('\n') + '\n';
}
