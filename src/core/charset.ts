/**
 * Decoding a page's bytes into a string by the charset it declares, as browsers do (simplified
 * WHATWG "encoding sniffing"): byte-order mark first, then the Content-Type header, then a
 * `<meta charset>` / `<meta http-equiv="Content-Type">` in the first bytes, else UTF-8 when the bytes
 * are valid UTF-8, else the legacy charset `chardet` recognises (as browsers guess undeclared pages).
 */
import { analyse } from "chardet";

/** How far into the page a `<meta charset>` is looked for (the HTML spec's pre-scan uses 1024). */
const META_PRESCAN_BYTES = 2048;
/** Bytes of an undeclared, non-UTF-8 page the charset detector reads (enough text for its n-grams). */
const DETECT_SAMPLE_BYTES = 64 * 1024;
/** The detector's guess is used from this confidence (0-100); 10 is its floor, a guess without evidence. */
const DETECT_MIN_CONFIDENCE = 20;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset named in a Content-Type value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? HEADER_CHARSET.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", skip: 2 };
  return null;
}

function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one char, so ASCII markup reads right whatever the real charset is.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const m = META_CHARSET.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  // A page that claims UTF-16 in ASCII-readable markup cannot be UTF-16 (spec: treat as UTF-8).
  if (label.startsWith("utf-16")) return new TextDecoder("utf-8");
  try {
    return new TextDecoder(label);
  } catch {
    return null; // unknown label: fall through to the next source
  }
}

/** Decodes HTML bytes; invalid sequences become U+FFFD, never an exception. */
export function decodeHtml(
  bytes: Uint8Array,
  contentType?: string | null,
): { html: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom) return { html: new TextDecoder(bom.label).decode(bytes.subarray(bom.skip)), charset: bom.label };
  const decoder = decoderFor(charsetFromContentType(contentType)) ?? decoderFor(metaCharset(bytes));
  const chosen = decoder ?? undeclaredDecoder(bytes);
  return { html: chosen.decode(bytes), charset: chosen.encoding };
}

/** Nothing declared: UTF-8 when the bytes are valid UTF-8, else the detector's guess (else UTF-8). */
function undeclaredDecoder(bytes: Uint8Array): TextDecoder {
  try {
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return new TextDecoder("utf-8");
  } catch {
    const best = analyse(bytes.subarray(0, DETECT_SAMPLE_BYTES))[0];
    const label = best && best.confidence >= DETECT_MIN_CONFIDENCE ? best.name : null;
    return decoderFor(label) ?? new TextDecoder("utf-8");
  }
}
