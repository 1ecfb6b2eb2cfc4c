// The table preview's script (bundled to dist/preview.js): the summary above, the virtual grid
// below; it asks the host for rows by page and reports what it drew.
import type { HostToPreview, PreviewStrings, PreviewView, RowRole } from '../../../src/extension/webview/preview-protocol';
import { el } from '../el';
import { Grid } from './grid';
import { host } from './host';
import { topSection } from './top';

class PreviewPage {
  private strings: PreviewStrings | null = null;
  private grid: Grid | null = null;

  receive(m: HostToPreview): void {
    switch (m.type) {
      case 'init':
        this.strings = m.strings;
        document.getElementById('root')?.replaceChildren(el('p', 'loading', m.strings.loading));
        return;
      case 'view':
        this.show(m.version, m.view);
        return;
      case 'rows':
        this.grid?.addRows(m.version, m.from, m.rows);
        return;
      case 'scrollTo':
        this.grid?.scrollTo(m.row, m.column);
        this.grid?.node.focus();
        return;
    }
  }

  private show(version: number, view: PreviewView): void {
    const root = document.getElementById('root');
    if (!root || !this.strings) { return; }
    const s = this.strings;
    const g = this.grid ??= new Grid(s);
    const next = (role: RowRole) => host.postMessage({ type: 'find', role, from: g.cursorRow + 1, step: 1 });
    const parts: HTMLElement[] = [topSection(view, s, next)];
    if (view.kind !== 'none') { parts.push(view.rows > 0 ? g.node : el('p', 'empty', s.noRows)); }
    const hadFocus = document.activeElement === g.node;
    if (parts.includes(g.node) && g.node.parentNode === root) {
      // the grid stays where it is: taken out of the page, it would lose its scroll position (a
      // new state, the summary after the first rows or an edit, came after a Ctrl+End)
      for (const c of Array.from(root.children)) { if (c !== g.node) { c.remove(); } }
      root.insertBefore(parts[0], g.node);
    } else {
      root.replaceChildren(...parts);
    }
    g.setView(version, view);
    if (hadFocus || version === 1) { g.node.focus(); }
  }
}

const page = new PreviewPage();
window.addEventListener('message', (ev: MessageEvent<HostToPreview>) => { if (ev.data?.type) { page.receive(ev.data); } });
host.postMessage({ type: 'ready' });
