// `import bytes from "<file>?bytes"` (see bytes-import.ts, registered in vitest.config.ts).
declare module "*?bytes" {
  const bytes: Uint8Array;
  export default bytes;
}
