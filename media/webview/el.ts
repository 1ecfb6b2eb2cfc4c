// The one way the webviews make elements: text goes in with textContent only (no innerHTML: every
// value may come from a data file). Shared by the badge view and the table preview (each page
// acquires its own VS Code API, so this module must not).
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined) { e.textContent = text; }
  return e;
}

/** A list of links (to findings); `open` is what a click does. */
export function linkItems<T extends { label: string }>(links: readonly T[], open: (link: T) => void): HTMLUListElement {
  const ul = el('ul', 'links');
  for (const link of links) {
    const a = el('a', 'finding-link', link.label);
    a.href = '#';
    a.addEventListener('click', ev => { ev.preventDefault(); open(link); });
    const item = el('li');
    item.append(a);
    ul.append(item);
  }
  return ul;
}
