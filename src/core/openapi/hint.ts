// The cheap test for an API description, kept apart from the parsers and the validator: the
// engine asks it of every file, and loads the rest only when the answer is yes.

/** `openapi: 3.x` / `"openapi": "3.x"` or `swagger: "2.0"` at the start of a line or after `{` / `,` */
export const HINT = /(^|[{,\s])["']?(openapi["']?\s*:\s*["']?3\.|swagger["']?\s*:\s*["']?2\.0)/m;
export const HEAD = 4096;

export const MAX_API_BYTES = 16 * 1024 * 1024;

/** YAML is read for API descriptions only: it is never a data file. */
export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** API descriptions are JSON or YAML files: the name alone rules out every other file. */
export function isApiCandidatePath(path: string): boolean {
  return /\.json$/i.test(path) || isYamlPath(path);
}

/** A cheap test before reading or decoding a whole file: the name, the size and the first KBs. */
export function mayBeApiDocument(path: string, size: number, head: string): boolean {
  return isApiCandidatePath(path) && size <= MAX_API_BYTES && HINT.test(head.length > HEAD ? head.slice(0, HEAD) : head);
}
