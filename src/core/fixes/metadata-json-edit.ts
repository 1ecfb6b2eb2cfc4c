// One property of a sidecar (a JSON object) set with a minimal edit that keeps the file's own
// formatting (indentation and line ends detected from it), then verified by parsing the result:
// the property must read back as the new value and every other property must be unchanged.
import { modify, parse, parseTree, type FormattingOptions, type ParseError } from 'jsonc-parser';
import { applyEdits, type TextEdit } from './fix';

export function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)["}\]]/.exec(text)?.[1];
  const tabs = indent !== undefined && indent.startsWith('\t');
  return {
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    insertSpaces: !tabs,
    tabSize: tabs ? 1 : indent?.length || 2,
    insertFinalNewline: false,
    keepLines: true,
  };
}

/** The JSON object in the text, or null when the text is not one (a broken sidecar is left alone). */
export function readObject(text: string): Record<string, unknown> | null {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) { return null; }
  return value as Record<string, unknown>;
}

/** The current string value of a top-level property, or null. */
export function stringProperty(text: string, key: string): string | null {
  const v = readObject(text)?.[key];
  return typeof v === 'string' ? v : null;
}

function sameExcept(a: Record<string, unknown>, b: Record<string, unknown>, key: string): boolean {
  const strip = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).filter(([k]) => k !== key));
  return strip(a) === strip(b);
}

/** Edits that set text's top-level `key` to `value`; null if the result does not verify. */
export function setProperty(text: string, key: string, value: string): TextEdit[] | null {
  const before = readObject(text);
  const root = parseTree(text);
  if (!before || !root) { return null; }
  const edits = modify(text, [key], value, { formattingOptions: formattingOf(text) })
    .map(e => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
  if (edits.length === 0) { return null; }
  const after = readObject(applyEdits(text, edits));
  if (!after || after[key] !== value || !sameExcept(before, after, key)) { return null; }
  return edits;
}
