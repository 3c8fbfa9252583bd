/**
 * What differs between two snapshots of bench/snapshot.ts: per output, the parts that changed (article
 * text, summary, key facts, entities, quotes, metadata), with the old and new values of the summary's and
 * the facts' sentences, so that a change is read on every output it touches.
 * Usage: npx tsx bench/snapshot-diff.ts BEFORE.json AFTER.json [--part summary|keyFacts|entities|...]
 *   [--brief] (counts only)
 */
import { readFileSync } from "node:fs";

type Output = Record<string, unknown>;
const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error("usage: npx tsx bench/snapshot-diff.ts BEFORE.json AFTER.json [--part NAME] [--brief]");
  process.exit(2);
}
const partArg = process.argv.indexOf("--part");
const onlyPart = partArg >= 0 ? process.argv[partArg + 1] : null;
const brief = process.argv.includes("--brief");
const before = JSON.parse(readFileSync(beforeFile, "utf8")) as Record<string, Output>;
const after = JSON.parse(readFileSync(afterFile, "utf8")) as Record<string, Output>;

/** How a part is shown: sentences by their text, entities as name/type/mentions, the rest as JSON. */
function lines(part: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [JSON.stringify(value)];
  return value.map((x) => {
    const v = x as Record<string, unknown>;
    if (part === "entities") return `${v.text}/${v.type}/${v.mentions}`;
    if (part === "keyFacts") return `[${v.kind}] ${v.text}`;
    if (typeof v.text === "string") return v.text;
    return JSON.stringify(v);
  });
}

const changed = new Map<string, number>();
for (const key of Object.keys(after)) {
  const a = before[key];
  const b = after[key];
  if (!a) continue;
  const parts = Object.keys(b).filter(
    (p) => (!onlyPart || p === onlyPart) && JSON.stringify(a[p]) !== JSON.stringify(b[p]),
  );
  if (!parts.length) continue;
  for (const p of parts) changed.set(p, (changed.get(p) ?? 0) + 1);
  if (brief) continue;
  console.log(`== ${key}: ${parts.join(", ")}`);
  for (const p of parts) {
    const old = lines(p, a[p]);
    const now = lines(p, b[p]);
    const gone = old.filter((l) => !now.includes(l));
    const added = now.filter((l) => !old.includes(l));
    if (!gone.length && !added.length) console.log(`   ${p}: same items, other order or fields`);
    for (const l of gone) console.log(`   ${p} - ${l.slice(0, 400)}`);
    for (const l of added) console.log(`   ${p} + ${l.slice(0, 400)}`);
  }
}
const total = Object.keys(after).length;
console.log(`${total} outputs; changed: ${[...changed].map(([p, n]) => `${p} ${n}`).join(", ") || "none"}`);
