// The badge view's script (bundled to dist/webview.js). It builds the DOM from the posted state
// with textContent only (no innerHTML: every value may come from a data file) and reports back
// what it rendered.
import type { HostToWebview, PanelCriterion, PanelState, WebviewToHost } from '../../src/extension/webview/protocol';
import { medal } from './medal';

interface VsCodeApi { postMessage(m: WebviewToHost): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined) { e.textContent = text; }
  return e;
}

const STATUS_ICON: Record<PanelCriterion['status'], string> = { pass: '✓', fail: '✗', unknown: '?' };

function criterionItem(c: PanelCriterion): HTMLLIElement {
  const li = el('li', `criterion ${c.status}`);
  li.dataset.criterion = c.id;
  const head = el('div', 'criterion-head');
  const icon = el('span', 'status-icon', STATUS_ICON[c.status]);
  icon.setAttribute('aria-hidden', 'true');
  head.append(icon, el('span', 'criterion-title', c.title), el('span', 'status-label', c.statusLabel));
  li.append(head, el('div', 'required', c.requiredFor));
  if (c.reason) { li.append(el('div', 'reason', c.reason)); }
  if (c.links.length) {
    const ul = el('ul', 'links');
    for (const link of c.links) {
      const a = el('a', 'finding-link', link.label);
      a.href = '#';
      a.addEventListener('click', ev => { ev.preventDefault(); vscode.postMessage({ type: 'reveal', target: link.target }); });
      const item = el('li');
      item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

function render(state: PanelState): void {
  const root = document.getElementById('root');
  if (!root) { return; }
  root.replaceChildren();
  if (state.kind === 'empty') {
    root.append(el('p', 'empty', state.strings.empty));
    vscode.postMessage({ type: 'rendered', level: null, criteria: 0 });
    return;
  }
  const header = el('section', `badge level-${state.level}`);
  header.append(medal(state.level));
  const text = el('div', 'badge-text');
  text.append(el('div', 'heading', state.strings.heading), el('div', 'level', state.levelLabel),
    el('div', 'dataset', state.dataset), el('div', 'files', state.files));
  header.append(text);
  root.append(header);
  if (state.assumptions) { root.append(el('p', 'assumptions', state.assumptions)); }
  root.append(el('h3', 'checklist-title', state.strings.checklist));
  const list = el('ul', 'checklist');
  state.criteria.forEach(c => list.append(criterionItem(c)));
  root.append(list);
  vscode.postMessage({ type: 'rendered', level: state.level, criteria: state.criteria.length });
}

window.addEventListener('message', (ev: MessageEvent<HostToWebview>) => {
  if (ev.data?.type === 'state') { render(ev.data.state); }
});
vscode.postMessage({ type: 'ready' });
