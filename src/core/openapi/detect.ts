// Is this text an OpenAPI / Swagger document? A cheap look at its start rules out data files
// (a 40 MB CSV or JSON never gets parsed), then a parse confirms the top-level key.
import { HEAD, HINT } from './hint';
import { declaredVersion, parseDocumentText, versionInTree } from './parse';

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
