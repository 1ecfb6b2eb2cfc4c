// Is this text an OpenAPI / Swagger document? A cheap look at its start rules out data files
// (a 40 MB CSV or JSON never gets parsed), then a parse confirms the top-level key.
import { declaredVersion, parseDocumentText, versionInTree } from './parse';

const HEAD = 4096;
/** `openapi: 3.x` / `"openapi": "3.x"` or `swagger: "2.0"` at the start of a line or after `{` / `,` */
const HINT = /(^|[{,\s])["']?(openapi["']?\s*:\s*["']?3\.|swagger["']?\s*:\s*["']?2\.0)/m;

/** API descriptions are JSON or YAML files of modest size (a big .json is a data file). */
const API_PATH = /\.(json|ya?ml)$/i;
export const MAX_API_BYTES = 16 * 1024 * 1024;

/** A cheap test before reading or decoding a whole file: the name and the first KBs. */
export function mayBeApiDocument(path: string, size: number, head: string): boolean {
  return API_PATH.test(path) && size <= MAX_API_BYTES && HINT.test(head.length > HEAD ? head.slice(0, HEAD) : head);
}

export function isOpenApiText(text: string, path: string): boolean {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (!HINT.test(head)) { return false; }
  try {
    const doc = parseDocumentText(text, path);
    if (doc.value !== undefined) { return isVersion(declaredVersion(doc.value)); }
    // a broken document still counts when its root carries the key, so its errors get reported
    return isVersion(versionInTree(doc, text));
  } catch {
    return false;
  }
}

function isVersion(v: ReturnType<typeof declaredVersion>): boolean {
  if (!v) { return false; }
  const s = String(v.raw);
  return v.key === 'openapi' ? /^3\./.test(s) || s === '3' : /^2(\.0)?$/.test(s);
}
