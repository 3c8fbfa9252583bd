/**
 * Sentences that only say someone did not answer the reporter: "Representatives for Bieber did not
 * immediately respond to requests for comment Thursday afternoon.", "A spokesman could not be reached
 * for comment.", "The company declined to comment." News adds them for fairness; they carry no news,
 * and a summary does not quote them (one had taken a CNN summary's third place). A key fact may: that
 * a party declined to comment is a fact, and such a sentence often says on what ("… declined to
 * comment about a potential 50th anniversary animated project").
 * English only: the phrasing is set, and the other languages' is not read here yet.
 */
import { atMostWords } from "./word-count";

/** The phrase, anywhere in a short sentence. */
const NO_COMMENT =
  /\b(?:(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|was not|wasn['’]t|were not|weren['’]t)\s+(?:immediately\s+)?(?:respond|return|reply|answer)(?:ed)?\s+(?:to\s+)?(?:a\s+|an\s+|the\s+|multiple\s+|several\s+|repeated\s+|cnn['’]s\s+)?(?:request|call|message|e-?mail|inquir|phone)\w*|could not\s+(?:immediately\s+)?be\s+reached|couldn['’]t\s+(?:immediately\s+)?be\s+reached|declined\s+(?:to\s+comment|comment)|did not\s+(?:immediately\s+)?(?:comment|return)|no\s+immediate\s+(?:comment|response))\b/iu;
/** A word every NO_COMMENT phrase holds: the long pattern runs only on sentences with one. */
const NO_COMMENT_WORD = /comment|respon|reached|return|repl|answer/iu;
/** Longer sentences hold more than the refusal ("…declined to comment on the layoffs, which cut 300 jobs."). */
const MAX_WORDS = 20;

/** A second clause that says more: "There was no immediate comment from Assange but Wikileaks welcomed …". */
const SECOND_CLAUSE = /\b(?:but|although|though|while|whereas)\b|;/iu;

/** Whether the sentence is only a refusal or a failure to comment (see NO_COMMENT). */
export function isNoComment(sentence: string, lang: string): boolean {
  if (lang !== "en" || !NO_COMMENT_WORD.test(sentence)) return false;
  if (!NO_COMMENT.test(sentence) || SECOND_CLAUSE.test(sentence)) return false;
  return atMostWords(sentence, MAX_WORDS);
}
