// esbuild options for a browser bundle of node-side code (package.json "browser": the web worker
// extension host of VS Code for the Web), shared by esbuild.mjs and the web host's test build
// (test/exthost/web/build.ts). No node built-in reaches such a bundle — esbuild fails on any
// left — except node:buffer and node:path, which are taken by their browser equivalents; each
// `X.node.ts` platform module is replaced by its `X.web.ts` twin (same exports: tsc checks both).
'use strict';
const fs = require('fs');
const path = require('path');

/** `./name.node` -> `./name.web.ts` beside it */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.node$/ }, args => {
      const twin = path.join(args.resolveDir, args.path.replace(/\.node$/, '.web.ts'));
      if (!fs.existsSync(twin)) { return { errors: [{ text: `${args.path} has no web twin (${path.relative('.', twin)})` }] }; }
      return { path: twin };
    });
  },
};

/** `root`: the project folder */
function browserOptions(root) {
  return {
    platform: 'browser',
    target: 'es2022',
    plugins: [webTwins],
    alias: {
      'node:buffer': path.join(root, 'src/browser/node-buffer.ts'),
      'node:path': 'path-browserify',
    },
    inject: [path.join(root, 'src/browser/buffer-global.ts')],
    // @apidevtools/swagger-parser asks for node's util (format, inherits): the util package, which
    // reads this at load time; a browser has no process
    define: { 'process.env.NODE_DEBUG': 'undefined' },
  };
}

module.exports = { browserOptions };
