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
