/// <reference types="vite/client" />
/**
 * The bad-input corpus (fixtures/bad-input) loaded inside workerd: files as their exact bytes through
 * the `?bytes` import (test/feeds/bytes-import.ts), generated cases built on first use, once.
 */
import { BAD_INPUT_CASES, type BadInputCase } from "../../fixtures/bad-input/index";

const FILES = import.meta.glob<Uint8Array>("../../fixtures/bad-input/files/*", {
  query: "?bytes",
  import: "default",
  eager: true,
});

const generated = new Map<string, Uint8Array>();

/** The bytes of a case, as a client would send them. */
export function caseBytes(c: BadInputCase): Uint8Array {
  if (c.file) {
    const bytes = FILES[`../../fixtures/bad-input/files/${c.file}`];
    if (!bytes) throw new Error(`missing corpus file ${c.file}`);
    return bytes;
  }
  let bytes = generated.get(c.name);
  if (!bytes) {
    bytes = new TextEncoder().encode(c.generate?.() ?? "");
    generated.set(c.name, bytes);
  }
  return bytes;
}

export { BAD_INPUT_CASES, type BadInputCase };
