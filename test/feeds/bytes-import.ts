/**
 * Vite plugin for the tests: `import bytes from "<file>?bytes"` gives the file's exact bytes as a
 * Uint8Array. `?raw` decodes as UTF-8, which would destroy feeds in other charsets (the tests must
 * see what a server would send). Runs on the Node side of vitest; the worker gets only the bytes.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const SUFFIX = "?bytes";

export function bytesImport(): Plugin {
  return {
    name: "precis:bytes-import",
    enforce: "pre",
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const base64 = readFileSync(id.slice(0, -SUFFIX.length)).toString("base64");
      return `const s = atob(${JSON.stringify(base64)});
const bytes = new Uint8Array(s.length);
for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
export default bytes;`;
    },
  };
}
