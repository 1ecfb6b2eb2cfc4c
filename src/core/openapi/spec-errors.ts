// Errors the validator throws as plain messages (no pointer). Its pre-checks are recognised by their
// wording; its Swagger 2.0 semantic checks name a location as "/paths" + the path template +
// "/get/…" (not an escaped JSON pointer), recovered by matching the document's own path and
// definition names, longest first.
import { msg, type Msg } from '../messages';

export const UNSUPPORTED = (version: string): Msg =>
  msg('Unsupported version {0}: the validator knows Swagger 2.0 and OpenAPI 3.0.0 to 3.0.4 and 3.1.0 to 3.1.2.', version);

/** The library's pre-check wording -> a message of ours and where it belongs. */
const PRECHECKS: { pattern: RegExp; message: Msg; segments: string[] }[] = [
  { pattern: /is not a valid Openapi API definition/, message: msg('Missing required property "{0}".', 'paths'), segments: [] },
  { pattern: /^API version number must be a string/, message: msg('The API version must be a string: write it in quotes.'), segments: ['info', 'version'] },
  { pattern: /^Unsupported OpenAPI version/, message: UNSUPPORTED('{version}'), segments: ['openapi'] },
];

export function precheckError(message: string, version: string): { message: Msg; segments: string[] } | null {
  const hit = PRECHECKS.find(p => p.pattern.test(message));
  if (!hit) { return null; }
  return { message: { template: hit.message.template, args: hit.message.args.map(a => a === '{version}' ? version : a) }, segments: hit.segments };
}

export function specErrorSegments(message: string, value: unknown): string[] {
  const m = /(\/(?:paths|definitions)\/\S*?)(?=[\s'"]|$)/.exec(message);
  if (!m || typeof value !== 'object' || value === null) { return []; }
  const section = m[1].startsWith('/paths') ? 'paths' : 'definitions';
  // "/paths/x/get" -> rest "/x/get"; "/definitions/Pet/…" -> rest "Pet/…"
  const rest = section === 'paths' ? m[1].slice('/paths'.length) : m[1].slice('/definitions/'.length);
  const members = (value as Record<string, unknown>)[section];
  if (typeof members !== 'object' || members === null) { return [section]; }
  const names = Object.keys(members).sort((a, b) => b.length - a.length);
  const name = names.find(n => rest === n || rest.startsWith(n + '/'));
  if (name === undefined) { return [section]; }
  const tail = rest.slice(name.length + 1);
  return [section, name, ...(tail ? tail.split('/') : [])];
}
