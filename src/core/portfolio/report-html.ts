// The portfolio report as one self-contained HTML page: no script, no remote content, every value
// from a file escaped. Colours fall back to a light page on their own and follow the editor's
// theme inside a VS Code webview (its --vscode-* variables); a level's colour is a dot beside its
// name, so that the text keeps the theme's contrast.
import type { BadgeLevel } from '../types';
import type { Portfolio } from './score';
import { LEVEL_ORDER, noSuggestion, REPORT_WORDS as W, resourceEntries, scoreLine, type ReportLanguage } from './report-language';

export interface HtmlOptions {
  /** allows the one <style> element by nonce (a webview's CSP) instead of 'unsafe-inline' */
  nonce?: string;
  /** a line under the title (the editor's "partial report") */
  notice?: string;
}

const COLOR: Record<BadgeLevel, string> = { gold: '#c9a227', silver: '#8a9aa9', bronze: '#b06a3b', none: '#888888' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A bar chart of the badge counts as inline SVG. */
export function countsChart(counts: Record<BadgeLevel, number>, lang: ReportLanguage): string {
  const e = escapeHtml;
  const max = Math.max(1, ...LEVEL_ORDER.map(l => counts[l]));
  const bars = LEVEL_ORDER.map((l, i) => {
    const w = Math.round((counts[l] / max) * 300);
    const y = i * 34;
    return `<text x="0" y="${y + 20}">${e(lang.level(l))}</text><rect x="90" y="${y + 6}" width="${w}" height="20" fill="${COLOR[l]}"/>` +
      `<text x="${96 + w}" y="${y + 21}">${counts[l]}</text>`;
  }).join('');
  return `<svg role="img" aria-label="${e(lang.say(W.chart))}" width="440" height="${LEVEL_ORDER.length * 34}" font-size="14" fill="currentColor">${bars}</svg>`;
}

const STYLE = `body{font-family:var(--vscode-font-family,system-ui,sans-serif);margin:2em;max-width:70em;
color:var(--vscode-editor-foreground,#1f1f1f);background:var(--vscode-editor-background,#fff)}
table{border-collapse:collapse}td,th{border:1px solid var(--vscode-panel-border,#ccc);padding:4px 8px;vertical-align:top;text-align:left}
.notice{padding:6px 10px;border-left:4px solid var(--vscode-editorWarning-foreground,#bf8803)}
td.level{white-space:nowrap}td.level::before{content:'';display:inline-block;width:.75em;height:.75em;border-radius:50%;margin-right:.4em}
${LEVEL_ORDER.map(l => `.${l}::before{background:${COLOR[l]}}`).join('')}`;

export function reportHtml(p: Portfolio, title: string, lang: ReportLanguage, o: HtmlOptions = {}): string {
  const e = escapeHtml;
  const rows = p.datasets.map(d => `<tr><td>${e(d.name)}</td><td class="level ${d.badge.level}">${e(lang.level(d.badge.level))}</td>` +
    `<td>${d.badge.criteria.filter(c => c.status === 'fail').map(c => e(lang.failing(c))).join('<br>') || '—'}</td>` +
    `<td>${resourceEntries(d, lang).map(r => e(r.name) + (r.note ? ` <small>— ${e(r.note)}</small>` : '')).join('<br>')}</td></tr>`).join('\n');
  const sugg = p.suggestions.map(s => `<li>${e(lang.suggestion(s))} <small>(${s.datasets.map(e).join(', ')})</small></li>`).join('\n');
  if (o.nonce !== undefined && !/^[A-Za-z0-9+/=]+$/.test(o.nonce)) { throw new Error('a CSP nonce is base64'); }
  const styleSrc = o.nonce ? `'nonce-${o.nonce}'` : "'unsafe-inline'";
  const nonceAttr = o.nonce ? ` nonce="${o.nonce}"` : '';
  return `<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSrc}">
<title>${e(title)}</title>
<style${nonceAttr}>${STYLE}</style></head>
<body><h1>${e(title)}</h1>
${o.notice ? `<p class="notice">${e(o.notice)}</p>` : ''}
<p><strong>${e(lang.say(scoreLine(p)))}</strong></p>
${countsChart(p.counts, lang)}
<h2>${e(lang.say(W.raise))}</h2>${sugg ? `<ol>${sugg}</ol>` : `<p>${e(lang.say(noSuggestion(p)))}</p>`}
<h2>${e(lang.say(W.datasets))}</h2><table><tr>${W.columns.map(c => `<th>${e(lang.say(c))}</th>`).join('')}</tr>
${rows}</table>
${p.apis.length ? `<h2>${e(lang.say(W.apis))}</h2><ul>${p.apis.map(a => `<li>${e(a.path)}: ${e(lang.say(a.valid ? W.valid : W.invalid))}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
