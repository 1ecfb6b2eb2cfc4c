// iconv-lite and chardet load on first use: 670 KB of tables and code that a UTF-8 file never
// needs (the bundles keep them in files of their own: esbuild.mjs). A synchronous require,
// because detection and decoding are synchronous.
import type * as Iconv from 'iconv-lite';
import type * as Chardet from 'chardet';

export function iconvLite(): typeof Iconv {
  return require('iconv-lite') as typeof Iconv;
}

export function chardetLib(): typeof Chardet {
  return require('chardet') as typeof Chardet;
}
