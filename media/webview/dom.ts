// The webview's connection to the extension and the few DOM helpers its parts share. Text goes in
// with textContent only (no innerHTML: every value may come from a data file).
import type { PanelLink, WebviewToHost } from '../../src/extension/webview/protocol';
import { el, linkItems } from './el';

interface VsCodeApi {
  postMessage(m: WebviewToHost): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** acquireVsCodeApi may be called once per page */
export const host = acquireVsCodeApi();

export { el } from './el';

/** Links that jump to findings (the host opens the file at the range). */
export function linkList(links: readonly PanelLink[]): HTMLUListElement {
  return linkItems(links, link => host.postMessage({ type: 'reveal', target: link.target }));
}

export function button(text: string, secondary: boolean, onClick: () => void): HTMLButtonElement {
  const b = el('button', secondary ? 'secondary' : undefined, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}
