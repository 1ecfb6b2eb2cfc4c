// The global `Buffer` of node, for the engine's modules that use it unimported, in the browser
// bundles (esbuild.mjs injects this file).
export { Buffer } from 'buffer';
