import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { extractArticle } from "../../core/extract/index";
import { articleText } from "../../core/text/article-text";
import { type ParsedArgs, stringFlag } from "../args";
import { readInput } from "../read-input";

const PAGE_FILE = /\.html?(\.gz)?$/i;

/** `precis extract <file>` prints the article as JSON; `--dir DIR --out FILE` extracts a folder. */
export async function extractCommand(args: ParsedArgs): Promise<number> {
  const dir = stringFlag(args, "dir");
  if (dir) return extractDir(dir, stringFlag(args, "out"));
  const source = args.positionals[0];
  if (!source) throw new Error("usage: precis extract <file|url|-> | --dir DIR --out FILE.json");
  const input = await readInput(source);
  const article = extractArticle(input.content, { url: input.url });
  process.stdout.write(`${JSON.stringify({ ...article, text: articleText(article.blocks) }, null, 2)}\n`);
  return article.blocks.length > 0 ? 0 : 3;
}

/** Batch mode for evaluation: `{ "<name>": { articleBody, title, byline, publishedAt, lang } }`. */
async function extractDir(dir: string, out: string | undefined): Promise<number> {
  if (!out) throw new Error("--dir needs --out FILE.json");
  const names = (await readdir(dir)).filter((n) => PAGE_FILE.test(n)).sort();
  const results: Record<string, unknown> = {};
  for (const name of names) {
    const input = await readInput(join(dir, name));
    const a = extractArticle(input.content);
    results[name.replace(PAGE_FILE, "")] = {
      articleBody: articleText(a.blocks),
      title: a.title,
      byline: a.byline,
      publishedAt: a.publishedAt,
      lang: a.lang,
    };
  }
  await writeFile(out, `${JSON.stringify(results, null, 1)}\n`);
  process.stderr.write(`extracted ${names.length} pages from ${dir} into ${out}\n`);
  return 0;
}
