// The CLI speaks the extension's languages: the same zh-TW bundle translates the engine's templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type Msg } from '../core/messages';
import { joinReason } from '../core/reason-text';

export type Translate = (template: string) => string | undefined;

export function translator(lang: 'en' | 'zh-TW'): Translate {
  if (lang === 'en') { return () => undefined; }
  let bundle: Record<string, string | { message: string }> = {};
  try {
    bundle = JSON.parse(readFileSync(join(__dirname, '..', 'l10n', 'bundle.l10n.zh-tw.json'), 'utf8'));
  } catch {
    // no bundle next to the CLI (a bare copy of dist/cli.js): English it is
  }
  return t => {
    const v = bundle[t];
    return typeof v === 'string' ? v : v?.message;
  };
}

/** Render an engine message (or the parts of a reason) in the chosen language. */
export function say(t: Translate, m: Msg | readonly Msg[] | undefined, fallback: string): string {
  if (!m) { return fallback; }
  return Array.isArray(m) ? joinReason(m as Msg[], x => render(x, t)) : render(m as Msg, t);
}
