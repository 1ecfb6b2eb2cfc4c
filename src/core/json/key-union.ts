// The union of record keys in first-seen order, read straight from the text: records usually
// list the same keys in the same order, so a key is compared in place with the one expected at
// its position before a string is made of it.

/** Enough for any real table; a map keyed by dates or ids would otherwise grow without end. */
const MAX_KEYS = 2000;

export class KeyUnion {
  readonly order: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly text: string) {}

  has(key: string): boolean {
    return this.seen.has(key);
  }

  /** the key text[start, end) between its quotes, the `ordinal`-th of its object */
  add(start: number, end: number, escaped: boolean, ordinal: number): void {
    const guess = this.order[ordinal];
    if (!escaped && guess !== undefined && guess.length === end - start && this.text.startsWith(guess, start)) { return; }
    const key = decodeKey(this.text, start, end, escaped);
    if (this.seen.has(key) || this.order.length >= MAX_KEYS) { return; }
    this.seen.add(key);
    this.order.push(key);
  }
}

/** A property name as a string; the scanner has already checked its syntax. */
export function decodeKey(text: string, start: number, end: number, escaped: boolean): string {
  return escaped ? JSON.parse(text.slice(start - 1, end + 1)) as string : text.slice(start, end);
}
