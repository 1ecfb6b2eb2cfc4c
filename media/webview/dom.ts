// The webview's connection to the extension and the few DOM helpers its parts share. Text goes in
// with textContent only (no innerHTML: every value may come from a data file).
import type { PanelLink, WebviewToHost } from '../../src/extension/webview/protocol';
import { el } from './el';

interface VsCodeApi {
  postMessage(m: WebviewToHost): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** acquireVsCodeApi may be called once per page */
export const host = acquireVsCodeApi();

export { el } from './el';

/** Links that jump to findings (the host opens the file at the range): one line each, the point
 *  and where it is; the full message is the tooltip. */
export function linkList(links: readonly PanelLink[]): HTMLUListElement {
  const ul = el('ul', 'links');
  for (const link of links) {
    const a = el('a', 'finding-link');
    a.append(el('span', 'point', link.label), el('span', 'where', link.where));
    a.title = link.detail;
    a.setAttribute('aria-label', `${link.label} (${link.where}): ${link.detail}`);
    a.href = '#';
    a.addEventListener('click', ev => { ev.preventDefault(); host.postMessage({ type: 'reveal', target: link.target }); });
    const item = el('li');
    item.append(a);
    ul.append(item);
  }
  return ul;
}

export function button(text: string, secondary: boolean, onClick: () => void): HTMLButtonElement {
  const b = el('button', secondary ? 'secondary' : undefined, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}
