// A row role as the grid marks it: an icon and a word (the colour comes from the theme), so that
// the mark never relies on colour alone.
import type { RowRole } from '../../../src/extension/webview/preview-protocol';
import { el } from '../el';

const ICONS: Record<RowRole, string> = {
  data: '', header: '▦', title: '¶', blank: '∅', notes: '※', subtotal: 'Σ', section: '§', preamble: '⧉',
};

export function roleMark(role: RowRole, label: string, tag: 'span' | 'button' = 'span'): HTMLElement {
  const m = el(tag, `mark role-${role}`);
  m.dataset.role = role;
  const icon = el('span', 'mark-icon', ICONS[role]);
  icon.setAttribute('aria-hidden', 'true');
  m.append(icon, el('span', 'mark-label', label));
  return m;
}
