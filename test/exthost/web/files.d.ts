// Files the web tests' bundle takes in as bytes (build.ts: esbuild's binary loader).
declare module '*.csv' {
  const bytes: Uint8Array;
  export default bytes;
}
