// The workspace section: the agency score, its OAS bonus, a bar chart of the badge counts (DOM
// bars, widths set through CSSOM, which the CSP allows), the top suggestions and the report
// button; before any check, a "Check workspace" button. Collapsible; the choice is kept.
import type { RenderedWorkspace, WorkspaceBar, WorkspaceSection } from '../../src/extension/webview/protocol';
import { button, el, host } from './dom';

interface ViewState { workspaceOpen?: boolean }

function chart(label: string, bars: readonly WorkspaceBar[]): HTMLElement {
  const box = el('div', 'chart');
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', label);
  const max = Math.max(1, ...bars.map(b => b.count));
  for (const b of bars) {
    const row = el('div', `bar-row level-${b.level}`);
    row.dataset.level = b.level;
    row.setAttribute('aria-hidden', 'true');
    const track = el('span', 'bar-track');
    const bar = el('span', 'bar');
    // a count of one still shows a sliver; zero shows nothing
    bar.style.width = b.count ? `max(3px, ${(b.count / max) * 100}%)` : '0';
    track.append(bar);
    row.append(el('span', 'bar-label', b.label), track, el('span', 'bar-count', String(b.count)));
    box.append(row);
  }
  return box;
}

function summary(s: WorkspaceSection): HTMLElement {
  const sum = el('summary');
  sum.append(el('span', 'section-title', s.heading));
  if (s.kind === 'report') { sum.append(el('span', 'summary-score', s.score)); }
  return sum;
}

/** The section, and what it drew (for the host's tests). */
export function workspaceSection(s: WorkspaceSection): { node: HTMLElement; drawn: RenderedWorkspace } {
  const details = el('details', `workspace ws-${s.kind}`);
  details.open = (host.getState() as ViewState | undefined)?.workspaceOpen ?? true;
  details.addEventListener('toggle', () => host.setState({ ...(host.getState() as ViewState | undefined), workspaceOpen: details.open }));
  details.append(summary(s));
  const drawn: RenderedWorkspace = { kind: s.kind, score: null, counts: {}, suggestions: 0, partial: false, checking: false };
  const check = () => host.postMessage({ type: 'checkWorkspace' });
  if (s.kind === 'none') {
    const actions = el('div', 'actions');
    actions.append(button(s.check, false, check));
    details.append(el('p', 'hint', s.hint), actions);
    return { node: details, drawn };
  }
  if (s.kind === 'checking') {
    details.append(el('p', 'hint', s.hint));
    return { node: details, drawn };
  }
  // a new check is running: this is the last report, kept in view but marked as such
  if (s.checking) {
    details.classList.add('stale');
    details.append(el('p', 'checking', s.checking));
    drawn.checking = true;
  }
  const score = el('div', 'score-line');
  score.append(el('span', 'score', s.score), el('span', 'score-label', s.scoreLabel));
  details.append(score, el('div', 'bonus', s.bonus), el('div', 'scope', s.scope));
  if (s.partial) { details.append(el('p', 'partial', s.partial)); }
  details.append(chart(s.chartLabel, s.bars));
  details.append(el('h4', 'suggestions-title', s.suggestionsTitle));
  if (s.suggestions.length) {
    const ol = el('ol', 'suggestions');
    s.suggestions.forEach(t => ol.append(el('li', undefined, t)));
    details.append(ol);
  } else {
    details.append(el('p', 'hint', s.noSuggestions));
  }
  const actions = el('div', 'actions');
  const again = button(s.check, true, check);
  again.disabled = s.checking !== '';
  actions.append(button(s.report, false, () => host.postMessage({ type: 'openReport' })), again);
  details.append(actions);
  drawn.score = score.querySelector('.score')?.textContent ?? null;
  details.querySelectorAll<HTMLElement>('.bar-row').forEach(row => {
    drawn.counts[row.dataset.level as WorkspaceBar['level']] = Number(row.querySelector('.bar-count')?.textContent);
  });
  drawn.suggestions = s.suggestions.length;
  drawn.partial = s.partial !== '';
  return { node: details, drawn };
}
