import { secureHeaders } from "hono/secure-headers";

/**
 * Every response's security headers (hono's secure-headers): no MIME sniffing, no framing, no referrer,
 * HSTS, same-origin resource and opener policies. The policy below is the default for everything else
 * the worker answers (JSON, CSS, JS): it loads nothing and cannot be framed. Pages that need more
 * (/docs, the playground at /) set their own Content-Security-Policy, which is kept (`overwrite: false`).
 */
export const DEFAULT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const securityHeaders = secureHeaders({
  overwrite: false,
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
  // `frame-ancestors 'none'` says it for current browsers; DENY for the ones that only read this header.
  xFrameOptions: "DENY",
});
