import { LEADING_ABBREVIATIONS, SENTENCE_OPENERS, TRAILING_ABBREVIATIONS } from './abbreviations.ts';

/** Quotes and brackets that may close a sentence after its terminal mark. */
const CLOSERS = `"”’')\\]»`;
const CLOSING = new RegExp(`[${CLOSERS}]`);
const TRAILING_CLOSERS = new RegExp(`[${CLOSERS}]+$`);
/** What a new sentence may begin with: a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /^[\s]*["“‘'(\[«]*[\p{Lu}\p{N}]/u;
/** `“Why now?” Smith asked.`: an attribution after a quote continues the sentence. */
const ATTRIBUTION = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|writes|explained|replied|continued|recalled|noted|insisted|shouted|tweeted|declared|warned|argued|admitted|countered|posted|joked|quipped|urged)\b/u;

/** Long enough for any word; bounding the look-around keeps splitting linear in paragraph length. */
const LOOK_AROUND = 40;

function wordBefore(text: string, dotIndex: number): string {
  const match = /(\S+)$/.exec(text.slice(Math.max(0, dotIndex - LOOK_AROUND), dotIndex));
  return (match?.[1] ?? '').replace(/^["“‘'(\[«]+/, '');
}

function firstWordAfter(text: string, index: number): string {
  const match = /^\s*["“‘'(\[«]*([\p{L}\p{N}’'-]+)/u.exec(text.slice(index, index + LOOK_AROUND));
  return match?.[1] ?? '';
}

/** "U.S", "J.R.R", "W", "a.m": letters joined by dots, the last dot being the candidate boundary. */
function isInitialism(word: string): boolean {
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 ? /\p{Lu}/u.test(word) : true);
}

function endsSentenceAtPeriod(text: string, periodIndex: number, nextIndex: number): boolean {
  const word = wordBefore(text, periodIndex);
  const next = firstWordAfter(text, nextIndex);
  const nextOpensSentence = SENTENCE_OPENERS.has(next);
  if (LEADING_ABBREVIATIONS.has(word)) {
    // "No. 5" and "Dr. Smith" continue; "Jr." and "Sr." are also trailing and handled below.
    return TRAILING_ABBREVIATIONS.has(word) ? nextOpensSentence : false;
  }
  if (TRAILING_ABBREVIATIONS.has(word)) {
    if (/^\p{N}/u.test(next)) return false;
    return nextOpensSentence;
  }
  if (isInitialism(word)) return nextOpensSentence;
  return true;
}

function isBoundary(text: string, terminalStart: number, runEnd: number): boolean {
  const afterRun = text.slice(runEnd, runEnd + 2 * LOOK_AROUND);
  if (!/^\s/.test(afterRun) || !SENTENCE_START.test(afterRun)) return false;
  const run = text.slice(terminalStart, runEnd);
  const closesQuote = run.length > 1 && CLOSING.test(run);
  if (closesQuote && ATTRIBUTION.test(afterRun.trimStart())) return false;
  const lastTerminal = run.replace(TRAILING_CLOSERS, '');
  if (lastTerminal === '.') return endsSentenceAtPeriod(text, terminalStart, runEnd);
  return true;
}

/** The marks that may end a sentence. */
const TERMINALS = '.!?…';
/** The next sentence-ending mark from lastIndex: a native scan, not a test of each character. */
const NEXT_TERMINAL = new RegExp(`[${TERMINALS}]`, 'g');
/** The run of terminal marks and closers from lastIndex ("?” ", ".) "), matched where it starts. */
const TERMINAL_RUN = new RegExp(`[${TERMINALS}${CLOSERS}]*`, 'y');

/** Splits one paragraph of prose into sentences, keeping each sentence's own punctuation and quotes. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let sentenceStart = 0;
  let index = 0;
  while (index < text.length) {
    NEXT_TERMINAL.lastIndex = index;
    const terminal = NEXT_TERMINAL.exec(text);
    if (terminal === null) break;
    const terminalStart = terminal.index;
    TERMINAL_RUN.lastIndex = terminalStart;
    TERMINAL_RUN.exec(text);
    const runEnd = TERMINAL_RUN.lastIndex;
    if (isBoundary(text, terminalStart, runEnd)) {
      const sentence = text.slice(sentenceStart, runEnd).trim();
      if (sentence) sentences.push(sentence);
      sentenceStart = runEnd;
    }
    index = runEnd;
  }
  const rest = text.slice(sentenceStart).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
