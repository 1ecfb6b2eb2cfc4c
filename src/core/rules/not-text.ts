// not-text: binary content where text is expected (a ZIP or .xlsx named .csv, an image, a macOS
// AppleDouble "._" file). Detection names the kind; nothing else can be checked in such a file.
import { extname } from 'node:path';
import { msg, withWords } from '../messages';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'not-text',
  defaultSeverity: 'error',
  formats: 'any',
  api: true,
  criterion: 'structured',
  title: 'Binary content (an archive, an image) where text is expected',
  create(ctx) {
    return {
      start() {
        const e = ctx.encoding;
        if (e.name !== 'binary') { return; }
        const kind = e.binaryKind ?? msg('binary file').template;
        const ext = extname(ctx.path).toLowerCase();
        // the kind is a word of the bundle ("ZIP archive"): translated where it is put in
        ctx.report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, ext
          ? withWords(msg('Not text: this {0} is a {1}.', ext, kind), 1)
          : withWords(msg('Not text: this file is a {0}.', kind), 0));
      },
    };
  },
};
