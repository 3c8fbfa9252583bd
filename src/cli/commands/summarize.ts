import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { summarizeHtml, summarizeText } from "../../core/pipeline";
import type { PipelineOptions, PipelineResult } from "../../core/types";
import { FACTS_MAX, FACTS_MIN, SENTENCES_MAX, SENTENCES_MIN } from "../../limits";
import { intFlag, type ParsedArgs, stringFlag } from "../args";
import { readInput } from "../read-input";

/**
 * `precis summarize <file|url|->` prints the JSON result (`--text` for people);
 * `--jsonl IN --out OUT` summarises lines `{ id, article | html }` into `{ id, summary, keyFacts }`.
 */
export async function summarizeCommand(args: ParsedArgs): Promise<number> {
  const options: PipelineOptions = {
    sentences: intFlag(args, "sentences", SENTENCES_MIN, SENTENCES_MAX),
    facts: intFlag(args, "facts", FACTS_MIN, FACTS_MAX),
    lang: stringFlag(args, "lang"),
  };
  const jsonl = stringFlag(args, "jsonl");
  if (jsonl) return summarizeJsonl(jsonl, stringFlag(args, "out"), options);
  const source = args.positionals[0];
  if (!source) throw new Error("usage: precis summarize <file|url|-> [--sentences N] [--facts N] [--text]");
  const input = await readInput(source);
  const result = input.isHtml
    ? summarizeHtml(input.content, { ...options, url: input.url })
    : summarizeText(input.content, options);
  if (args.flags.has("text")) process.stdout.write(asText(result));
  else process.stdout.write(`${JSON.stringify(withoutBlocks(result), null, 2)}\n`);
  return result.blocks.length > 0 ? 0 : 3;
}

async function summarizeJsonl(
  inPath: string,
  outPath: string | undefined,
  options: PipelineOptions,
): Promise<number> {
  if (!outPath) throw new Error("--jsonl needs --out FILE.jsonl");
  const out = await open(outPath, "w");
  let count = 0;
  const lines = createInterface({ input: createReadStream(inPath), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; article?: string; html?: string };
    const result =
      row.html !== undefined ? summarizeHtml(row.html, options) : summarizeText(row.article ?? "", options);
    const summary = result.summary.map((s) => s.text);
    const keyFacts = result.keyFacts.map((f) => f.text);
    await out.write(`${JSON.stringify({ id: row.id, summary, keyFacts })}\n`);
    count++;
  }
  await out.close();
  process.stderr.write(`summarised ${count} articles into ${outPath}\n`);
  return 0;
}

function withoutBlocks(result: PipelineResult): Omit<PipelineResult, "blocks"> {
  const { blocks: _blocks, ...rest } = result;
  return rest;
}

function asText(r: PipelineResult): string {
  const a = r.article;
  const lines = [a.title ?? "(untitled)"];
  const meta = [a.byline, a.publishedAt, a.siteName, a.lang, `${a.wordCount} words`].filter(Boolean);
  lines.push(meta.join(" · "), "", "Summary:");
  for (const s of r.summary) lines.push(`  • ${s.text}`);
  if (r.keyFacts.length) {
    lines.push("", "Key facts:");
    for (const f of r.keyFacts) lines.push(`  • [${f.kind}] ${f.text}`);
  }
  return `${lines.join("\n")}\n`;
}
