import type { Token } from 'markdown-it';

/** A place where a story's raw HTML would swallow or break the page around it. */
export interface RawHtmlProblem {
  /** 0-based line within the Markdown body. */
  bodyLine: number;
  message: string;
}

/** Elements that never have an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose end tag HTML lets an author leave out: the parser closes them itself, nothing is swallowed. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp']);

/** Elements whose content is text up to their end tag: a "<div>" in a script's string is not an element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const TAG = /<!--[\s\S]*?-->|<!--|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;

interface Fragment {
  html: string;
  bodyLine: number;
}

/**
 * Checks the raw HTML of a story body (markdown-it's html_block and html_inline tokens, in
 * document order, so a <div> may open before some Markdown and close after it) for what
 * would hide or break the rest of the page: a comment or an element (<div>, <iframe>,
 * <script>) that is never closed, or an end tag that closes what the story did not open
 * (a stray </div> closes the page's own). Markdown's own output is always balanced.
 */
export function rawHtmlProblems(tokens: readonly Token[]): RawHtmlProblem[] {
  const problems: RawHtmlProblem[] = [];
  const open: { name: string; bodyLine: number }[] = [];
  for (const fragment of rawHtmlFragments(tokens)) {
    const tags = new RegExp(TAG.source, 'g');
    for (let match = tags.exec(fragment.html); match !== null; match = tags.exec(fragment.html)) {
      const bodyLine = fragment.bodyLine + newlines(fragment.html.slice(0, match.index));
      const [text, closing, rawName, selfClosing] = match;
      if (text === '<!--') {
        problems.push({ bodyLine, message: 'raw HTML: a comment "<!--" is never closed, so everything after it (the rest of the page, footer included) would be hidden; end it with "-->".' });
        break;
      }
      if (rawName === undefined) continue;
      const name = rawName.toLowerCase();
      if (VOID.has(name) || selfClosing === '/') continue;
      if (closing !== '/') {
        const end = RAW_TEXT.has(name) ? fragment.html.toLowerCase().indexOf(`</${name}`, tags.lastIndex) : -1;
        if (end === -1) open.push({ name, bodyLine });
        else tags.lastIndex = end + name.length + 2;
        continue;
      }
      const index = lastIndexOf(open, name);
      if (index === -1) {
        problems.push({ bodyLine, message: `raw HTML: "</${name}>" closes an element the story did not open, which would close the page's own and break its layout; remove it or add the matching <${name}>.` });
      } else {
        open.length = index;
      }
    }
  }
  for (const element of open.filter((item) => !OPTIONAL_END.has(item.name))) {
    problems.push({
      bodyLine: element.bodyLine,
      message: `raw HTML: "<${element.name}>" is never closed, so the rest of the page (footer included) would end up inside it or be hidden; add "</${element.name}>" where it should end.`,
    });
  }
  return problems.sort((a, b) => a.bodyLine - b.bodyLine);
}

function rawHtmlFragments(tokens: readonly Token[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const token of tokens) {
    if (token.type === 'html_block') fragments.push({ html: token.content, bodyLine: token.map?.[0] ?? 0 });
    if (token.type !== 'inline' || token.children === null) continue;
    let bodyLine = token.map?.[0] ?? 0;
    for (const child of token.children) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') bodyLine += 1;
      if (child.type === 'html_inline') fragments.push({ html: child.content, bodyLine });
    }
  }
  return fragments;
}

function lastIndexOf(open: readonly { name: string }[], name: string): number {
  for (let index = open.length - 1; index >= 0; index -= 1) if (open[index]!.name === name) return index;
  return -1;
}

function newlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}
