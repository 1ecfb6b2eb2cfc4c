// Messages are built from an English template with {0}-style arguments, so that the editor can
// translate them with vscode.l10n.t(template, ...args) and the CLI with the same l10n bundle.

export interface Msg {
  template: string;
  args: (string | number)[];
}

export function msg(template: string, ...args: (string | number)[]): Msg {
  return { template, args };
}

/** Fill {0}, {1}… in a template (the same syntax as vscode.l10n.t). */
export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? whole : String(v);
  });
}

export function render(m: Msg, translate?: (template: string) => string | undefined): string {
  return format(translate?.(m.template) ?? m.template, m.args);
}
