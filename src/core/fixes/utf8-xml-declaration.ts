// An XML file converted to UTF-8 must stop declaring its old encoding. Only the `encoding`
// pseudo-attribute of the `<?xml …?>` declaration at the start of the text is touched.

export interface DeclarationRewrite {
  text: string;
  /** what the declaration said before */
  was: string;
}

const DECLARATION = /^(\s*<\?xml\s[^?>]*?\bencoding\s*=\s*)(["'])([^"'<>]*)\2/;

/** The text with encoding="UTF-8" in its XML declaration, or null when nothing needs to change. */
export function rewriteXmlDeclaration(text: string): DeclarationRewrite | null {
  const head = text.slice(0, 1024); // a declaration is short; never run a regex on the whole text
  const m = DECLARATION.exec(head);
  if (!m) { return null; }
  const was = m[3];
  if (/^utf-?8$/i.test(was.trim())) { return null; }
  const start = m[1].length + 1;
  return { text: text.slice(0, start) + 'UTF-8' + text.slice(start + was.length), was };
}
