/** The `porter2` package ships Flow types only: its one export, Porter2 (Snowball English) stemming. */
declare module "porter2" {
  export function stem(word: string): string;
}
