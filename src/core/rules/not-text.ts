// not-text: binary content where text is expected (a ZIP or .xlsx named .csv, an image, a macOS
// AppleDouble "._" file). Detection names the kind; nothing else can be checked in such a file.
import { extname } from 'node:path';
import { msg } from '../messages';
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
        const kind = e.binaryKind ?? 'binary file';
        const ext = extname(ctx.path).toLowerCase();
        ctx.report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, ext
          ? msg('This {0} is a {1}, not text.', ext, kind)
          : msg('This file is a {0}, not text.', kind));
      },
    };
  },
};
