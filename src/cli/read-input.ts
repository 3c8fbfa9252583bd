import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { decodeHtml } from "../core/charset";
import { fetchPage } from "../fetch/fetch-page";

export interface CliInput {
  content: string;
  /** The URL it came from (for a url argument). */
  url?: string;
  /** Whether the content looks like HTML (else it is treated as plain text). */
  isHtml: boolean;
}

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<!--)/i;

/** Reads a file (`.gz` too), a URL (fetched like the service does, private hosts allowed) or stdin (`-`). */
export async function readInput(source: string): Promise<CliInput> {
  if (/^https?:\/\//i.test(source)) {
    const page = await fetchPage(source, { allowPrivate: true });
    return { content: page.html, url: page.url, isHtml: true };
  }
  const raw = source === "-" ? await readStdin() : await readFile(source);
  const bytes = source.endsWith(".gz") ? gunzipSync(raw) : raw;
  const { html } = decodeHtml(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const isHtml = /\.x?html?(\.gz)?$/i.test(source) || LOOKS_LIKE_HTML.test(html);
  return { content: html, isHtml };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
