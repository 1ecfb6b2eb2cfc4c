// Pick the parser for a document: JSON by extension or by a leading '{', YAML otherwise.
import { parseJsonDocument } from './parse-json';
import { parseYamlDocument } from './parse-yaml';
import type { ParsedDocument } from './types';

export type DeclaredVersion = { key: 'openapi' | 'swagger'; raw: unknown };

export function looksLikeJson(text: string, path: string): boolean {
  if (/\.json$/i.test(path)) { return true; }
  if (/\.ya?ml$/i.test(path)) { return false; }
  const m = /\S/.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  return m !== null && m[0] === '{';
}

/** A BOM becomes a space, so that offsets still match the editor's text. */
export function parseDocumentText(text: string, path: string): ParsedDocument {
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  return looksLikeJson(body, path) ? parseJsonDocument(body) : parseYamlDocument(body);
}

/** The declared version, as text: `openapi: 3.0` unquoted in YAML is a number, still a version. */
export function declaredVersion(value: unknown): DeclaredVersion | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) { return null; }
  const o = value as Record<string, unknown>;
  if ('openapi' in o) { return { key: 'openapi', raw: o.openapi }; }
  if ('swagger' in o) { return { key: 'swagger', raw: o.swagger }; }
  return null;
}

/** The version key of a document that did not parse cleanly, read from its partial tree. */
export function versionInTree(doc: ParsedDocument, text: string): DeclaredVersion | null {
  for (const key of ['openapi', 'swagger'] as const) {
    const at = doc.locate([key]);
    if (at.exact && !at.collection) {
      return { key, raw: text.slice(at.span.start, at.span.end).replace(/^["']|["']$/g, '') };
    }
  }
  return null;
}
