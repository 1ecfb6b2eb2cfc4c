// Above the grid: the file, its encoding banner (with Convert to UTF-8), the predicted badge and
// why, the rows by role (each a button to the next such row), 主要欄位說明 names the file lacks,
// and the findings about the whole file (each opens the text editor at it).
import type { PreviewStrings, PreviewView, RowRole } from '../../../src/extension/webview/preview-protocol';
import { el, linkItems } from '../el';
import { host } from './host';
import { roleMark } from './marks';

export function topSection(v: PreviewView, s: PreviewStrings, next: (role: RowRole) => void): HTMLElement {
  const top = el('header', 'top');
  const title = el('div', 'title-line');
  title.append(el('span', 'file', v.file), el('span', 'facts', v.facts));
  top.append(title);
  if (v.encodingBanner) {
    const banner = el('div', 'banner encoding');
    banner.setAttribute('role', 'status');
    const convert = el('button', 'convert', v.encodingBanner.action);
    convert.type = 'button';
    convert.addEventListener('click', () => host.postMessage({ type: 'convert' }));
    banner.append(el('span', 'banner-text', v.encodingBanner.text), convert);
    top.append(banner);
  }
  if (v.verdict) { top.append(el('div', `verdict level-${v.level}`, v.verdict)); }
  if (v.roles.length) {
    const roles = el('div', 'roles');
    for (const r of v.roles) {
      const b = roleMark(r.role, r.label, 'button');
      b.title = s.next;
      b.addEventListener('click', () => next(r.role));
      roles.append(b);
    }
    top.append(roles);
  }
  if (v.notInFile) { top.append(el('div', 'not-in-file', v.notInFile)); }
  if (v.fileFindings.length) {
    const box = el('details', 'file-findings');
    box.append(el('summary', undefined, `${s.fileFindings} (${v.fileFindings.length})`));
    const list = linkItems(v.fileFindings, f => host.postMessage({ type: 'reveal', target: f.target }));
    box.append(list);
    top.append(box);
  }
  if (v.error) { top.append(el('div', 'error', v.error)); }
  return top;
}
