import { describe, expect, it } from "vitest";
import { isPrivateHost } from "../../src/fetch/address";

describe("isPrivateHost (what url fetching refuses)", () => {
  it.each([
    "localhost",
    "api.localhost",
    "127.0.0.1",
    "127.1.2.3",
    "0.0.0.0",
    "10.0.0.5",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "[::1]",
    "[::]",
    "[fe80::1]",
    "[fd12:3456::1]",
    "[::ffff:7f00:1]",
    "LOCALHOST.",
  ])("refuses %s", (host) => {
    expect(isPrivateHost(host)).toBe(true);
  });

  it.each(["news.example", "8.8.8.8", "172.32.0.1", "192.169.0.1", "[2606:4700::1111]", "[::ffff:808:808]"])(
    "allows %s",
    (host) => {
      expect(isPrivateHost(host)).toBe(false);
    },
  );
});
