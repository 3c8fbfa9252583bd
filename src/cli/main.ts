import { parseArgs } from "./args";
import { extractCommand } from "./commands/extract";
import { summarizeCommand } from "./commands/summarize";

const USAGE = `precis — article extraction, summary and key facts (the service's core, in Node)

  precis summarize <file|url|-> [--sentences N] [--facts N] [--lang xx] [--text]
  precis summarize --jsonl IN.jsonl --out OUT.jsonl
  precis extract <file|url|->
  precis extract --dir DIR --out FILE.json
`;

const BOOLEAN_FLAGS = new Set(["text", "help"]);

/** Runs one CLI command; returns the exit code (3 when the input holds no article). */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const args = parseArgs(rest, BOOLEAN_FLAGS);
    if (!command || command === "help" || args.flags.has("help")) {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    if (command === "summarize") return await summarizeCommand(args);
    if (command === "extract") return await extractCommand(args);
    process.stderr.write(`unknown command "${command}"\n${USAGE}`);
    return 2;
  } catch (err) {
    process.stderr.write(`precis: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
