/**
 * Entity typing and boundaries against hand labels: the top names of 41 (dev) and 19 (test) English
 * Zyte pages, labelled by us with their right type (person, organization, place, other) or as junk (a
 * name cut wrongly or no name at all: "Republican Phil Bryant", "One of Alibaba", "Rs"). The labels are
 * in bench/data/entity-types-{dev,test}.tsv ("# <page id prefix>", then "name<TAB>type[|type]": several
 * types when either is right, e.g. "White House" organization|place). The test labels were written
 * before any rule was chosen on the dev pages, from the output of that time.
 * German has its own sets (de-dev, de-test: 20 and 10 pages), as German capitalises every noun: 28 pages
 * of trafilatura's corpus (the German ones with at least 5 names, sorted by file, every 14th) and the 2
 * German Zyte pages, split by sorted id (every third to test); labelled from the output of 9d8287a, with
 * the right form added where a name was cut wrongly ("Leiter Walter Haase" junk, "Walter Haase" person).
 * Polish and Russian have their own sets (slavic-dev, slavic-test: 17 and 8 pages): every page of
 * trafilatura's and Zyte's corpora detected as "pl" or "ru" with at least one name, sorted by key, every
 * third to test; labelled from the output of 8a96937 (its first 12 names), with the right form added
 * where a name was cut wrongly ("Zdaniem Tarji Matomäki" junk, "Tarji Matomäki" person). As these
 * languages inflect names, a label may give several case forms, "Nowa Zelandia|Nowej Zelandii": each
 * form we list is judged, and the name is missing only when we list none of them.
 * A label's page is a Zyte id prefix or a trafilatura file name.
 * Prints per set:
 *   - type accuracy: labelled names that we list, typed right (any rank of our list);
 *   - junk shown: names labelled junk that we still list among the first TOP;
 *   - missing: labelled names (not junk) that we no longer list at all (a boundary moved, say);
 *   - unlabelled: names among our first TOP that have no label (the labels need extending when it grows).
 * Usage: npx tsx bench/eval-entities.ts [--show] (lists every error)
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { summarizeHtml } from "../src/core/pipeline";
import type { Entity } from "../src/core/types";
import { loadTrafilatura, loadZyte, type TrafilaturaPage } from "./lib/extraction-data";

const HERE = dirname(fileURLToPath(import.meta.url));
const SETS = ["dev", "test", "de-dev", "de-test", "slavic-dev", "slavic-test"] as const;
/** Our list is judged on its first TOP names, as an app would show them. */
const TOP = 10;
const SHOW = process.argv.includes("--show");

type Labels = Map<string, Map<string, string[]>>;

function readLabels(set: string): Labels {
  const labels: Labels = new Map();
  let page: Map<string, string[]> | null = null;
  for (const line of readFileSync(join(HERE, `data/entity-types-${set}.tsv`), "utf8").split("\n")) {
    if (!line.trim()) continue;
    if (line.startsWith("# ")) {
      page = new Map();
      labels.set(line.slice(2).trim(), page);
      continue;
    }
    const [name, types] = line.split("\t");
    page?.set(name, types.split("|"));
  }
  return labels;
}

const zyte = loadZyte();
let trafilatura: TrafilaturaPage[] | null = null;

/** The HTML of a labelled page: a Zyte page by id prefix, else a trafilatura page by file name. */
function pageHtml(key: string): string {
  const z = zyte.find((p) => p.id.startsWith(key));
  if (z) return z.html;
  trafilatura ??= loadTrafilatura();
  const t = trafilatura.find((p) => p.file === key);
  if (!t) throw new Error(`no Zyte or trafilatura page ${key}`);
  return t.html;
}

for (const set of SETS) {
  const labels = readLabels(set);
  let found = 0;
  let right = 0;
  let junk = 0;
  let missing = 0;
  let unlabelled = 0;
  let labelled = 0;
  for (const [prefix, gold] of labels) {
    const entities: Entity[] = summarizeHtml(pageHtml(prefix)).entities;
    const byText = new Map(entities.map((e) => [e.text, e]));
    const forms = new Set<string>();
    for (const [name, types] of gold) {
      const isJunk = types.includes("junk");
      const realTypes = types.filter((t) => t !== "junk");
      const listed: Entity[] = [];
      for (const form of name.split("|")) {
        forms.add(form);
        const e = byText.get(form);
        if (e) listed.push(e);
      }
      if (!isJunk || realTypes.length > 0) {
        labelled++;
        if (listed.length === 0 && !isJunk) {
          missing++;
          if (SHOW) console.log(`  ${prefix} missing: ${name}`);
        }
        for (const e of listed) {
          found++;
          if (realTypes.includes(e.type)) right++;
          else if (SHOW) console.log(`  ${prefix} type: ${e.text} is ${e.type}, not ${types.join("|")}`);
        }
      } else
        for (const e of listed)
          if (entities.indexOf(e) < TOP) {
            junk++;
            if (SHOW) console.log(`  ${prefix} junk: ${e.text}`);
          }
    }
    for (const e of entities.slice(0, TOP)) {
      if (forms.has(e.text)) continue;
      unlabelled++;
      if (SHOW) console.log(`  ${prefix} unlabelled: ${e.text}\t${e.type}`);
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-");
  console.log(
    `${set.padEnd(5)} ${labels.size} pages: type accuracy ${pct(right, found)}% (${right}/${found} of ${labelled} labelled names)  ` +
      `junk shown ${junk}  missing ${missing}  unlabelled in top ${TOP}: ${unlabelled}`,
  );
}
