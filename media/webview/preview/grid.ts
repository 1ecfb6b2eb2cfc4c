// The virtual grid: only the rows in view are in the DOM, and rows come from the host in pages
// asked for by index (never the whole file). Past MAX_BODY_PX (browsers cap an element's height)
// scroll positions are scaled, so a 1,000,000-row file scrolls end to end. A cell cursor moves
// with the keys (ARIA grid pattern with aria-activedescendant): arrows, PageUp/PageDown,
// Home/End, Ctrl+Home/End; Enter or a click opens the text editor at the cell.
import type {
  PreviewColumnView, PreviewRendered, PreviewRowView, PreviewStrings, PreviewView, RowRole,
} from '../../../src/extension/webview/preview-protocol';
import { el } from '../el';
import { host } from './host';
import { roleMark } from './marks';

/** one row's height in px: the same as --row-h in preview.css */
const ROW_H = 24;
const PAGE = 200;
/** pages kept; the farthest from view are dropped first */
const KEEP_PAGES = 40;
const MAX_BODY_PX = 8_000_000;

function letters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

/** line breaks inside a quoted cell show as ↵ on the row's one line */
function shown(v: string): string {
  return v.includes('\n') || v.includes('\r') ? v.replace(/\r\n|\r|\n/g, '↵') : v;
}

export class Grid {
  readonly node: HTMLElement;
  private readonly head: HTMLElement;
  private readonly body: HTMLElement;
  private readonly win: HTMLElement;
  private view: PreviewView | null = null;
  private version = -1;
  private readonly pages = new Map<number, PreviewRowView[]>();
  /** page -> when it was asked for */
  private readonly asked = new Map<number, number>();
  private cursor = { row: 0, column: 0 };
  private frame = 0;
  private lastReport = '';
  private pageMs = 0;

  constructor(private readonly s: PreviewStrings) {
    this.node = el('div', 'grid');
    this.node.tabIndex = 0;
    this.node.setAttribute('role', 'grid');
    this.node.setAttribute('aria-label', s.gridLabel);
    this.head = el('div', 'grid-head');
    this.head.setAttribute('role', 'rowgroup');
    this.body = el('div', 'grid-body');
    this.body.setAttribute('role', 'rowgroup');
    this.win = el('div', 'grid-window');
    this.body.append(this.win);
    this.node.append(this.head, this.body);
    this.node.addEventListener('scroll', () => this.schedule());
    this.node.addEventListener('keydown', ev => this.key(ev));
    this.node.addEventListener('click', ev => this.click(ev));
    new ResizeObserver(() => this.schedule()).observe(this.node);
  }

  setView(version: number, view: PreviewView): void {
    if (version !== this.version) { this.pages.clear(); this.asked.clear(); }
    this.version = version;
    this.view = view;
    const cols = view.gridColumns;
    this.node.style.setProperty('--template', `var(--gutter-w) repeat(${cols}, var(--col-w))`);
    this.node.setAttribute('aria-rowcount', String(view.rows + 1));
    this.node.setAttribute('aria-colcount', String(cols + 1));
    this.cursor = { row: Math.min(this.cursor.row, Math.max(0, view.rows - 1)), column: Math.min(this.cursor.column, Math.max(0, cols - 1)) };
    this.body.style.height = `${Math.min(view.rows * ROW_H, MAX_BODY_PX)}px`;
    this.drawHead(view);
    this.schedule();
  }

  addRows(version: number, from: number, rows: PreviewRowView[]): void {
    if (version !== this.version) { return; }
    const page = Math.floor(from / PAGE);
    const askedAt = this.asked.get(page);
    if (askedAt !== undefined) { this.pageMs = performance.now() - askedAt; }
    this.pages.set(page, rows);
    this.schedule();
  }

  scrollTo(row: number, column: number): void {
    if (!this.view) { return; }
    this.cursor = { row: clamp(row, 0, this.view.rows - 1), column: clamp(column, 0, this.view.gridColumns - 1) };
    this.ensureVisible();
    this.schedule();
  }

  get cursorRow(): number {
    return this.cursor.row;
  }

  private drawHead(view: PreviewView): void {
    const row = el('div', 'grid-row head-row');
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', '1');
    const corner = el('div', 'gutter corner', this.s.line);
    corner.setAttribute('role', 'columnheader');
    row.append(corner);
    for (let c = 0; c < view.gridColumns; c++) { row.append(this.colHead(c, view.columns[c], view.width)); }
    this.head.replaceChildren(row);
  }

  private colHead(c: number, col: PreviewColumnView | undefined, width: number): HTMLElement {
    const h = el('div', `colhead${col?.declared === false ? ' undeclared' : ''}${c >= width ? ' extra' : ''}`);
    h.setAttribute('role', 'columnheader');
    h.setAttribute('aria-colindex', String(c + 2));
    const name = el('div', 'col-name');
    name.append(el('span', 'col-letter', letters(c)), el('span', 'name', col?.name ?? ''));
    h.append(name);
    if (col) {
      h.append(el('div', `col-kind kind-${col.kind}`, col.kindLabel));
      if (col.blankLabel) { h.append(el('div', 'col-blank', col.blankLabel)); }
      if (col.declaredLabel) {
        const d = el('div', 'col-undeclared');
        const icon = el('span', 'mark-icon', '⚠');
        icon.setAttribute('aria-hidden', 'true');
        d.append(icon, el('span', undefined, col.declaredLabel));
        h.append(d);
      }
      h.title = [col.name, col.kindLabel, col.blankLabel, col.declaredLabel].filter(Boolean).join('\n');
    } else {
      h.title = this.s.extraCell;
    }
    return h;
  }

  private schedule(): void {
    if (this.frame) { return; }
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.render(); });
  }

  /** the body's part of the viewport, in px */
  private get bodyView(): number {
    return Math.max(ROW_H, this.node.clientHeight - this.head.offsetHeight);
  }

  /** scrollTop <-> the top of the view in unscaled row pixels */
  private geometry(): { maxScroll: number; maxVirtual: number } {
    const rows = this.view?.rows ?? 0;
    const bodyPx = Math.min(rows * ROW_H, MAX_BODY_PX);
    return { maxScroll: Math.max(0, bodyPx - this.bodyView), maxVirtual: Math.max(0, rows * ROW_H - this.bodyView) };
  }

  private virtualTop(): number {
    const { maxScroll, maxVirtual } = this.geometry();
    return maxScroll > 0 ? Math.min(1, this.node.scrollTop / maxScroll) * maxVirtual : 0;
  }

  private setVirtualTop(v: number): void {
    const { maxScroll, maxVirtual } = this.geometry();
    this.node.scrollTop = maxVirtual > 0 ? (clamp(v, 0, maxVirtual) / maxVirtual) * maxScroll : 0;
  }

  private ensureVisible(): void {
    const top = this.virtualTop();
    const y = this.cursor.row * ROW_H;
    if (y < top) { this.setVirtualTop(y); } else if (y + ROW_H > top + this.bodyView) { this.setVirtualTop(y + ROW_H - this.bodyView); }
    const gutter = (this.head.querySelector('.gutter') as HTMLElement | null)?.offsetWidth ?? 0;
    const cell = this.head.querySelectorAll<HTMLElement>('.colhead')[this.cursor.column];
    if (cell) {
      const left = cell.offsetLeft - gutter;
      const right = cell.offsetLeft + cell.offsetWidth;
      if (left < this.node.scrollLeft) { this.node.scrollLeft = left; } else if (right > this.node.scrollLeft + this.node.clientWidth) { this.node.scrollLeft = right - this.node.clientWidth; }
    }
  }

  private row(i: number): PreviewRowView | undefined {
    return this.pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  }

  private request(first: number, last: number): void {
    const view = this.view;
    if (!view) { return; }
    const lo = Math.max(0, Math.floor((first - PAGE / 2) / PAGE));
    const hi = Math.floor(Math.min(view.rows - 1, last + PAGE / 2) / PAGE);
    for (let p = lo; p <= hi; p++) {
      if (this.pages.has(p) || this.asked.has(p)) { continue; }
      this.asked.set(p, performance.now());
      host.postMessage({ type: 'rows', version: this.version, from: p * PAGE, count: PAGE });
    }
    // keep the pages near the view
    if (this.pages.size > KEEP_PAGES) {
      const mid = (first + last) / 2 / PAGE;
      const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - mid) - Math.abs(a - mid));
      for (const p of far.slice(0, this.pages.size - KEEP_PAGES)) { this.pages.delete(p); this.asked.delete(p); }
    }
  }

  private render(): void {
    const view = this.view;
    if (!view) { return; }
    const top = this.virtualTop();
    const first = Math.min(Math.floor(top / ROW_H), Math.max(0, view.rows - 1));
    const count = Math.min(view.rows - first, Math.ceil(this.bodyView / ROW_H) + 1);
    const last = first + count - 1;
    this.request(first, last);
    this.win.style.top = `${this.node.scrollTop - (top - first * ROW_H)}px`;
    const rows: HTMLElement[] = [];
    let complete = true;
    for (let i = first; i <= last; i++) {
      const r = this.row(i);
      if (!r) { complete = false; }
      rows.push(r ? this.drawRow(r, view) : this.pendingRow(i));
    }
    this.win.replaceChildren(...rows);
    const active = document.getElementById(cellId(this.cursor.row, this.cursor.column));
    if (active) { this.node.setAttribute('aria-activedescendant', active.id); } else { this.node.removeAttribute('aria-activedescendant'); }
    if (complete) { this.report(first, last, rows.length); }
  }

  private pendingRow(i: number): HTMLElement {
    const row = el('div', 'grid-row pending');
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', String(i + 2));
    row.append(el('div', 'gutter', '…'));
    return row;
  }

  private drawRow(r: PreviewRowView, view: PreviewView): HTMLElement {
    const row = el('div', `grid-row role-${r.role}`);
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', String(r.index + 2));
    row.dataset.row = String(r.index);
    const gutter = el('div', 'gutter');
    gutter.setAttribute('role', 'rowheader');
    gutter.append(el('span', 'line', String(r.line)));
    if (r.role !== 'data' || r.messages.length) {
      const mark = roleMark(r.role, this.s.roles[r.role]);
      mark.title = r.messages.length ? r.messages.join('\n') : this.s.roles[r.role];
      if (r.target) { mark.classList.add('link'); mark.dataset.reveal = '1'; }
      gutter.append(mark);
    }
    row.append(gutter);
    // missing and extra cells matter on rows that hold data; a notes line is one cell by nature
    const ragged = r.role === 'data' || r.role === 'subtotal';
    const formulas = new Set(r.formulas ?? []);
    const n = Math.min(view.gridColumns, ragged ? Math.max(r.fieldCount, view.width) : r.cells.length);
    for (let c = 0; c < n; c++) {
      const cell = el('div', 'cell');
      cell.id = cellId(r.index, c);
      cell.setAttribute('role', 'gridcell');
      cell.setAttribute('aria-colindex', String(c + 2));
      cell.dataset.column = String(c);
      if (c >= r.fieldCount) {
        cell.classList.add('missing');
        cell.title = this.s.missingCell;
        cell.textContent = '∅';
      } else {
        const v = r.cells[c] ?? '';
        if (ragged && c >= view.width) { cell.classList.add('extra'); cell.title = this.s.extraCell; }
        if (formulas.has(c)) {
          cell.classList.add('formula');
          cell.title = this.s.formula;
          const fx = el('span', 'fx', 'ƒx');
          fx.setAttribute('aria-hidden', 'true');
          cell.append(fx);
        }
        cell.append(shown(v));
        if (!cell.title && v.length > 24) { cell.title = v; }
      }
      if (r.index === this.cursor.row && c === this.cursor.column) { cell.classList.add('cursor'); }
      row.append(cell);
    }
    // a caption or a note is one cell: it reads across the table
    if (!ragged && n === 1) { row.lastElementChild?.classList.add('span'); }
    return row;
  }

  private key(ev: KeyboardEvent): void {
    const view = this.view;
    if (!view || view.rows === 0) { return; }
    const page = Math.max(1, Math.floor(this.bodyView / ROW_H) - 1);
    const { row, column } = this.cursor;
    const moves: Record<string, () => [number, number]> = {
      ArrowUp: () => [row - 1, column],
      ArrowDown: () => [row + 1, column],
      ArrowLeft: () => [row, column - 1],
      ArrowRight: () => [row, column + 1],
      PageUp: () => [row - page, column],
      PageDown: () => [row + page, column],
      Home: () => (ev.ctrlKey || ev.metaKey ? [0, 0] : [row, 0]),
      End: () => (ev.ctrlKey || ev.metaKey ? [view.rows - 1, column] : [row, view.gridColumns - 1]),
    };
    if (ev.key === 'Enter') {
      ev.preventDefault();
      host.postMessage({ type: 'revealCell', row, column, focus: true });
      return;
    }
    const move = moves[ev.key];
    if (!move) { return; }
    ev.preventDefault();
    const [r, c] = move();
    this.scrollTo(r, c);
  }

  private click(ev: MouseEvent): void {
    const target = ev.target as HTMLElement;
    const mark = target.closest<HTMLElement>('.mark[data-reveal]');
    const rowEl = target.closest<HTMLElement>('.grid-row[data-row]');
    if (!rowEl) { return; }
    const index = Number(rowEl.dataset.row);
    const r = this.row(index);
    if (mark && r?.target) { host.postMessage({ type: 'reveal', target: r.target }); return; }
    const cell = target.closest<HTMLElement>('.cell');
    if (!cell) { return; }
    const column = Number(cell.dataset.column);
    this.cursor = { row: index, column };
    this.node.focus();
    this.schedule();
    host.postMessage({ type: 'revealCell', row: index, column, focus: false });
  }

  /** what is drawn, from the DOM itself, when it changed (for the tests and the benchmark) */
  private report(first: number, last: number, rowElements: number): void {
    const marks: Partial<Record<RowRole, number>> = {};
    this.win.querySelectorAll<HTMLElement>('.mark[data-role]').forEach(m => {
      const role = m.dataset.role as RowRole;
      marks[role] = (marks[role] ?? 0) + 1;
    });
    const rendered: PreviewRendered = {
      version: this.version, rows: this.view?.rows ?? 0, first, last, rowElements,
      banner: document.querySelector('.banner-text')?.textContent ?? '',
      partial: this.view?.partial ?? false,
      headers: Array.from(this.head.querySelectorAll('.colhead .name'), n => n.textContent ?? ''),
      marks,
      images: document.querySelectorAll('img').length,
      missingCells: this.win.querySelectorAll('.cell.missing').length,
      extraCells: this.win.querySelectorAll('.cell.extra').length,
      formulaCells: this.win.querySelectorAll('.cell.formula').length,
      cursor: { ...this.cursor },
      pageMs: Math.round(this.pageMs * 10) / 10,
    };
    const key = JSON.stringify({ ...rendered, pageMs: 0 });
    if (key === this.lastReport) { return; }
    this.lastReport = key;
    host.postMessage({ type: 'rendered', rendered });
  }
}

function cellId(row: number, column: number): string {
  return `c-${row}-${column}`;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
