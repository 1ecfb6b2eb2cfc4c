// The portfolio report as Markdown or as one self-contained HTML page (no remote content; every
// value from a file escaped).
import type { Portfolio } from '../core/portfolio/score';
import type { BadgeLevel } from '../core/types';

const ORDER: BadgeLevel[] = ['gold', 'silver', 'bronze', 'none'];
const LABEL: Record<BadgeLevel, string> = { gold: 'gold 金', silver: 'silver 銀', bronze: 'bronze 銅', none: 'none 無' };
const COLOR: Record<BadgeLevel, string> = { gold: '#c9a227', silver: '#8a9aa9', bronze: '#b06a3b', none: '#888888' };

export function reportMarkdown(p: Portfolio, title: string): string {
  const md = (s: string) => s.replace(/[\\`*_[\]|<>]/g, c => '\\' + c);
  const lines = [
    `# ${md(title)}`, '',
    `**Score ${p.score.toFixed(2)}** (bonus ${p.bonus.toFixed(1)} for ${p.apis.filter(a => a.valid).length} valid OpenAPI documents) — ` +
      ORDER.map(l => `${LABEL[l]}: ${p.counts[l]}`).join(', '), '',
    '## What would raise the score most', '',
    ...(p.suggestions.length ? p.suggestions.map((s, i) => `${i + 1}. ${md(s.text)} (${s.datasets.map(md).join(', ')})`) : ['Nothing: every dataset is gold.']),
    '', '## Datasets', '', '| dataset | badge | failing criteria | resources |', '|---|---|---|---|',
    ...p.datasets.map(d => `| ${md(d.name)} | ${LABEL[d.badge.level]} | ${md(d.badge.criteria.filter(c => c.status === 'fail').map(c => `${c.id}: ${c.reason}`).join('; ')) || '—'} | ${d.resources.map(md).join('<br>')} |`),
  ];
  if (p.apis.length) {
    lines.push('', '## APIs (OpenAPI)', '', ...p.apis.map(a => `- ${md(a.path)}: ${a.valid ? 'valid' : 'invalid'}`));
  }
  return lines.join('\n') + '\n';
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A bar chart of the badge counts as inline SVG. */
export function countsChart(counts: Record<BadgeLevel, number>): string {
  const max = Math.max(1, ...ORDER.map(l => counts[l]));
  const bars = ORDER.map((l, i) => {
    const w = Math.round((counts[l] / max) * 300);
    const y = i * 34;
    return `<text x="0" y="${y + 20}">${LABEL[l]}</text><rect x="90" y="${y + 6}" width="${w}" height="20" fill="${COLOR[l]}"/>` +
      `<text x="${96 + w}" y="${y + 21}">${counts[l]}</text>`;
  }).join('');
  return `<svg role="img" aria-label="badge counts" width="440" height="${ORDER.length * 34}" font-size="14">${bars}</svg>`;
}

export function reportHtml(p: Portfolio, title: string): string {
  const e = escapeHtml;
  const rows = p.datasets.map(d => `<tr><td>${e(d.name)}</td><td class="${d.badge.level}">${LABEL[d.badge.level]}</td>` +
    `<td>${d.badge.criteria.filter(c => c.status === 'fail').map(c => `${e(c.id)}: ${e(c.reason)}`).join('<br>') || '—'}</td>` +
    `<td>${d.resources.map(e).join('<br>')}</td></tr>`).join('\n');
  const sugg = p.suggestions.map(s => `<li>${e(s.text)} <small>(${s.datasets.map(e).join(', ')})</small></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}
.gold{color:${COLOR.gold}}.silver{color:${COLOR.silver}}.bronze{color:${COLOR.bronze}}.none{color:${COLOR.none}}</style></head>
<body><h1>${e(title)}</h1>
<p><strong>Score ${p.score.toFixed(2)}</strong> (bonus ${p.bonus.toFixed(1)}; ${p.datasets.length} datasets)</p>
${countsChart(p.counts)}
<h2>What would raise the score most</h2><ol>${sugg || '<li>Nothing: every dataset is gold.</li>'}</ol>
<h2>Datasets</h2><table><tr><th>dataset</th><th>badge</th><th>failing criteria</th><th>resources</th></tr>
${rows}</table>
${p.apis.length ? `<h2>APIs (OpenAPI)</h2><ul>${p.apis.map(a => `<li>${e(a.path)}: ${a.valid ? 'valid' : 'invalid'}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
