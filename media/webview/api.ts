// An OpenAPI document in place of a badge: valid or not, whether it counts toward the agency
// score's bonus, and its first problems as links to their place.
import type { PanelApi } from '../../src/extension/webview/protocol';
import { el, linkList } from './dom';

const NS = 'http://www.w3.org/2000/svg';

function mark(valid: boolean): SVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 48 48');
  svg.setAttribute('width', '48');
  svg.setAttribute('height', '48');
  svg.setAttribute('class', 'api-mark');
  svg.setAttribute('aria-hidden', 'true');
  const circle = document.createElementNS(NS, 'circle');
  for (const [k, v] of Object.entries({ cx: '24', cy: '24', r: '21', fill: 'none', stroke: 'currentColor', 'stroke-width': '4' })) { circle.setAttribute(k, v); }
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', valid ? 'M14 25 L21 32 L35 17' : 'M16 16 L32 32 M32 16 L16 32');
  for (const [k, v] of Object.entries({ fill: 'none', stroke: 'currentColor', 'stroke-width': '5', 'stroke-linecap': 'round' })) { path.setAttribute(k, v); }
  svg.append(circle, path);
  return svg;
}

export function apiItem(a: PanelApi, heading: string, problemsTitle: string): HTMLElement {
  const box = el('div', `api ${a.valid ? 'valid' : 'invalid'}`);
  const head = el('section', 'badge');
  const text = el('div', 'badge-text');
  text.append(el('div', 'heading', heading), el('div', 'level', a.status), el('div', 'dataset', a.title), el('div', 'files', a.file));
  head.append(mark(a.valid), text);
  box.append(head, el('p', 'verdict', a.verdict));
  if (a.problems.length) {
    box.append(el('h3', 'checklist-title', problemsTitle), linkList(a.problems));
    if (a.more) { box.append(el('p', 'more', a.more)); }
  }
  return box;
}
