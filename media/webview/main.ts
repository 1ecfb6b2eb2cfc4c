// The badge view's script (bundled to dist/webview.js). It builds the DOM from the posted state
// (the workspace section, then the active dataset's badge and checklist, or an API document's
// state) and reports back what it rendered.
import type { BadgeLevel, HostToWebview, PanelCriterion, PanelState, WorkspaceSection } from '../../src/extension/webview/protocol';
import { apiItem } from './api';
import { button, el, host, linkList } from './dom';
import { medal } from './medal';
import { workspaceSection } from './workspace';

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
  if (c.links.length) { li.append(linkList(c.links)); }
  if (c.more) { li.append(el('div', 'more', c.more)); }
  if (c.actions.length) {
    const row = el('div', 'criterion-actions');
    c.actions.forEach(a => row.append(button(a.label, a.secondary, () => host.postMessage({ type: 'action', action: a.action }))));
    li.append(row);
  }
  return li;
}

/** The active file's part; returns what the 'rendered' message says about it. */
interface DrawnFile { level: BadgeLevel | null; criteria: number; apis: { valid: boolean; problems: number }[]; actions: string[]; lines: string[]; note: string }

function fileSection(root: HTMLElement, state: PanelState, note: string): DrawnFile {
  if (state.kind === 'empty') {
    root.append(el('p', 'empty', state.strings.empty));
    return { level: null, criteria: 0, apis: [], actions: [], lines: [], note: '' };
  }
  if (state.kind === 'api') {
    state.apis.forEach(a => root.append(apiItem(a, state.heading, state.problemsTitle)));
    return { level: null, criteria: 0, apis: state.apis.map(a => ({ valid: a.valid, problems: a.problems.length })), actions: [], lines: [], note: '' };
  }
  const header = el('section', `badge level-${state.level}`);
  header.append(medal(state.level));
  const text = el('div', 'badge-text');
  text.append(el('div', 'heading', state.strings.heading), el('div', 'level', state.levelLabel),
    el('div', 'dataset', state.dataset), el('div', 'files', state.files));
  header.append(text);
  root.append(header);
  if (state.preview) {
    const uri = state.preview.uri;
    const a = el('a', 'finding-link preview-link', state.preview.label);
    a.href = '#';
    a.addEventListener('click', ev => { ev.preventDefault(); host.postMessage({ type: 'previewTable', uri }); });
    root.append(a);
  }
  if (state.assumptions) { root.append(el('p', 'assumptions', state.assumptions)); }
  if (note) { root.append(el('p', 'platform-note', note)); }
  root.append(el('h3', 'checklist-title', state.strings.checklist));
  const list = el('ul', 'checklist');
  state.criteria.forEach(c => list.append(criterionItem(c)));
  root.append(list);
  return {
    level: state.level, criteria: state.criteria.length, apis: [],
    actions: state.criteria.flatMap(c => c.actions.map(a => `${c.id}:${a.action}`)),
    lines: state.criteria.flatMap(c => c.links.map(l => l.label)),
    note,
  };
}

function render(state: PanelState, workspace: WorkspaceSection, note: string): void {
  const root = document.getElementById('root');
  if (!root) { return; }
  root.replaceChildren();
  const ws = workspaceSection(workspace);
  root.append(ws.node);
  const file = fileSection(root, state, note);
  host.postMessage({ type: 'rendered', ...file, workspace: ws.drawn });
}

window.addEventListener('message', (ev: MessageEvent<HostToWebview>) => {
  if (ev.data?.type === 'state') { render(ev.data.state, ev.data.workspace, ev.data.note ?? ''); }
});
host.postMessage({ type: 'ready' });
