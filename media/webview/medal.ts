// The badge medal, drawn as inline SVG (no image files, no remote content). Colours by level;
// "none" is an empty outline.
import type { BadgeLevel } from '../../src/extension/webview/protocol';

const NS = 'http://www.w3.org/2000/svg';
const COLORS: Record<BadgeLevel, { face: string; rim: string; ribbon: string }> = {
  gold: { face: '#f2c94c', rim: '#b8860b', ribbon: '#c0392b' },
  silver: { face: '#d9dde3', rim: '#8a9099', ribbon: '#2e6da4' },
  bronze: { face: '#d9955b', rim: '#8c5a2b', ribbon: '#6b8e23' },
  none: { face: 'none', rim: 'currentColor', ribbon: 'none' },
};

function node(tag: string, attrs: Record<string, string>): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) { e.setAttribute(k, v); }
  return e;
}

export function medal(level: BadgeLevel): SVGElement {
  const c = COLORS[level];
  const svg = node('svg', { viewBox: '0 0 64 80', width: '56', height: '70', class: 'medal', role: 'img', 'aria-hidden': 'true' });
  if (level !== 'none') {
    svg.append(
      node('path', { d: 'M18 0 L30 0 L36 30 L24 34 Z', fill: c.ribbon }),
      node('path', { d: 'M46 0 L34 0 L28 30 L40 34 Z', fill: c.ribbon, opacity: '0.85' }),
    );
  }
  svg.append(node('circle', { cx: '32', cy: '52', r: '24', fill: c.face, stroke: c.rim, 'stroke-width': '4', ...(level === 'none' ? { 'stroke-dasharray': '6 4' } : {}) }));
  if (level !== 'none') {
    svg.append(
      node('circle', { cx: '32', cy: '52', r: '16', fill: 'none', stroke: c.rim, 'stroke-width': '1.5', opacity: '0.6' }),
      node('path', { d: 'M32 40 L35.5 48 L44 48.5 L37.5 54 L39.6 62.5 L32 58 L24.4 62.5 L26.5 54 L20 48.5 L28.5 48 Z', fill: c.rim }),
    );
  }
  return svg;
}
