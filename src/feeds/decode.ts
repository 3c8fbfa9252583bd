/**
 * Decoding a feed's bytes by the charset it declares. XML (RFC 7303): byte-order mark, then the
 * Content-Type charset, then the XML declaration's `encoding="..."`, else UTF-8. JSON Feed is UTF-8
 * (RFC 8259) unless a byte-order mark says otherwise.
 */
import { charsetFromContentType } from "../core/charset";

/** The XML declaration sits at the very start; a little slack covers stray whitespace before it. */
const XML_DECLARATION_PRESCAN_BYTES = 512;
const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

function bom(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", skip: 2 };
  return null;
}

/** The `encoding` of the XML declaration, read as Latin-1 (ASCII-compatible for the markup). */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, XML_DECLARATION_PRESCAN_BYTES));
  const m = XML_ENCODING.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // unknown label: next source
  }
}

/** Decodes a feed; invalid sequences become U+FFFD, never an exception. */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const mark = bom(bytes);
  if (mark) {
    return { text: new TextDecoder(mark.label).decode(bytes.subarray(mark.skip)), charset: mark.label };
  }
  const chosen =
    decoder(charsetFromContentType(contentType)) ??
    decoder(xmlDeclaredEncoding(bytes)) ??
    new TextDecoder("utf-8");
  return { text: chosen.decode(bytes), charset: chosen.encoding };
}
