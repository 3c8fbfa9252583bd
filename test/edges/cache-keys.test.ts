import { describe, expect, it } from "vitest";
import { isResultId, resultId, sha256Hex } from "../../src/cache/keys";

describe("result ids", () => {
  it("hashes with SHA-256", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("are the same for the same input and options in any key order, different otherwise", async () => {
    const input = { kind: "html", value: "<p>x</p>" };
    const a = await resultId(input, { sentences: 3, facts: 5 });
    expect(await resultId(input, { facts: 5, sentences: 3 })).toBe(a);
    expect(await resultId(input, { sentences: 3, facts: 5, lang: undefined })).toBe(a);
    expect(await resultId(input, { sentences: 4, facts: 5 })).not.toBe(a);
    expect(await resultId({ kind: "text", value: "<p>x</p>" }, { sentences: 3, facts: 5 })).not.toBe(a);
    expect(isResultId(a)).toBe(true);
    expect(isResultId("../etc")).toBe(false);
  });
});
