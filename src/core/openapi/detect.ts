// Is this text an OpenAPI / Swagger document? A cheap look at its start rules out data files
// (a 40 MB CSV or JSON never gets parsed), then a parse confirms the top-level key.
import { declaredVersion, parseDocumentText, versionInTree } from './parse';

const HEAD = 4096;
/** `openapi: 3.x` / `"openapi": "3.x"` or `swagger: "2.0"` at the start of a line or after `{` / `,` */
const HINT = /(^|[{,\s])["']?(openapi["']?\s*:\s*["']?3\.|swagger["']?\s*:\s*["']?2\.0)/m;

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
