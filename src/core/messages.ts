// Messages are built from an English template with {0}-style arguments, so that the editor can
// translate them with vscode.l10n.t(template, ...args) and the CLI with the same l10n bundle.

export interface Msg {
  template: string;
  args: (string | number)[];
  /** the indexes of arguments that are English templates themselves ("ZIP archive"), translated
   *  before they are put in */
  words?: number[];
}

export function msg(template: string, ...args: (string | number)[]): Msg {
  return { template, args };
}

/**
 * A message whose template depends on a count: `one` when it is 1, `other` otherwise ("1 field",
 * "2 fields"). Both are English templates and keys of the l10n bundle (scripts/l10n-extract.js
 * collects both); a language without plural forms translates them alike. The arguments default
 * to the count alone.
 */
export function plural(count: number, one: string, other: string, ...args: (string | number)[]): Msg {
  return { template: count === 1 ? one : other, args: args.length ? args : [count] };
}

/** `m` with the arguments at `indexes` marked as words to translate. */
export function withWords(m: Msg, ...indexes: number[]): Msg {
  return { ...m, words: indexes };
}

/** The arguments, the marked words translated. */
export function argsOf(m: Msg, translate?: (template: string) => string | undefined): (string | number)[] {
  if (!m.words?.length || !translate) { return m.args; }
  return m.args.map((a, i) => (typeof a === 'string' && m.words!.includes(i) ? translate(a) ?? a : a));
}

/** Fill {0}, {1}… in a template (the same syntax as vscode.l10n.t). */
export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? whole : String(v);
  });
}

export function render(m: Msg, translate?: (template: string) => string | undefined): string {
  return format(translate?.(m.template) ?? m.template, argsOf(m, translate));
}
