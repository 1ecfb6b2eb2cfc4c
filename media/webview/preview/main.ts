// The table preview's script (bundled to dist/preview.js): the summary above, the virtual grid
// below; it asks the host for rows by page and reports what it drew.
import type { HostToPreview, PreviewStrings, PreviewView } from '../../../src/extension/webview/preview-protocol';
import { el } from '../el';
import { Grid } from './grid';
import { host } from './host';
import { topSection } from './top';

let strings: PreviewStrings | null = null;
let grid: Grid | null = null;

function show(version: number, view: PreviewView): void {
  const root = document.getElementById('root');
  if (!root || !strings) { return; }
  const s = strings;
  const g = grid ??= new Grid(s);
  const next = (role: PreviewView['roles'][number]['role']) => host.postMessage({ type: 'find', role, from: g.cursorRow + 1, step: 1 });
  const parts: HTMLElement[] = [topSection(view, s, next)];
  if (view.kind !== 'none') {
    parts.push(view.rows > 0 ? g.node : el('p', 'empty', s.noRows));
  }
  const hadFocus = document.activeElement === g.node;
  root.replaceChildren(...parts);
  g.setView(version, view);
  if (hadFocus || version === 1) { g.node.focus(); }
}

window.addEventListener('message', (ev: MessageEvent<HostToPreview>) => {
  const m = ev.data;
  switch (m?.type) {
    case 'init':
      strings = m.strings;
      document.getElementById('root')?.replaceChildren(el('p', 'loading', m.strings.loading));
      return;
    case 'view':
      show(m.version, m.view);
      return;
    case 'rows':
      grid?.addRows(m.version, m.from, m.rows);
      return;
    case 'scrollTo':
      grid?.scrollTo(m.row, m.column);
      grid?.node.focus();
      return;
  }
});
host.postMessage({ type: 'ready' });
