/**
 * Each rule recognises one kind of sentence an editor would cut from a summary: page furniture
 * that scraped or pasted copy carries inside its paragraphs, where paragraph rules cannot see it.
 * Fixtures for every rule are in tests/fixtures/summaries/junk/.
 */
export interface SentenceJunkRule {
  name: string;
  matches(sentence: string): boolean;
}

/** Where a photo sits, the mark of a caption: "(pictured)", "(left)", "(pictured, right, in 2012)". */
export const PICTURE_POSITION = /\((?:pictured|picture|photo|above|below|left|right|centre|center|top|bottom|inset|front|back|second left|second right|far left|far right)\b[^()]{0,40}\)/i;

/** "Caught on camera: Video captures …", "Goldenboy: David Beckham …": a caption's label, one to four words and a colon. */
const CAPTION_LABEL = /^(?:['‘“"]?[\p{Lu}\d][\p{L}\d'’!?.,-]*\s+){0,3}['‘“"]?[\p{L}\d][\p{L}\d'’!?.-]*['’”"]?:\s+\S/u;

export const SENTENCE_JUNK_RULES: readonly SentenceJunkRule[] = [
  {
    name: 'video-prompt',
    matches: (sentence) => /^(?:scroll\s+down\s+for\s+(?:the\s+)?(?:video|videos|more)|watch\s+(?:the\s+)?video\s+(?:below|above|here)|click\s+(?:here|below)\s+(?:for|to\s+watch)\s+(?:the\s+)?video)\b\W*$/i.test(sentence),
  },
  {
    name: 'media-notice',
    matches: (sentence) => /\b(?:media\s+playback\s+is\s+(?:not\s+supported|unsupported)\s+on\s+(?:this|your)\s+device|(?:this\s+)?interactive(?:\s+content)?\s+may\s+not\s+work\s+on\s+(?:some\s+)?older\s+browsers|you\s+need\s+to\s+(?:enable\s+javascript|upgrade\s+your\s+browser)|if\s+you\s+cannot\s+see\s+the\s+(?:video|interactive|graphic))\b/i.test(sentence),
  },
  {
    name: 'timestamp',
    matches: (sentence) => /^(?:\d{1,2}\s+\w+\s+\d{4}\s+)?last\s+updated\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AP]M\s*)?(?:GMT|BST|EST|EDT|ET|UTC)?\W*$/i.test(sentence),
  },
  {
    name: 'service-blurb',
    matches: (sentence) => /^(?:here(?:'s|’s|\s+is)\s+(?:everything|all)\s+you\s+need\s+to\s+know\b.*\b(?:team\s+news|odds|stats|kick-?off|how\s+to\s+watch)|find\s+all\s+the\s+latest\b.*\bon\s+our\s+dedicated\s+page|you\s+can\s+(?:see|watch|follow)\s+(?:highlights|live\s+coverage|all\s+the\s+action)\s+of\b|(?:follow|get)\s+(?:all\s+)?the\s+latest\s+(?:news|updates|reaction)\b.*\bon\s+(?:our|the)\b|what[’']s\s+happening\s+in\s+[\p{L} ]{2,30}\?$|keep\s+in\s+touch\s+(?:through|via|with)\s+our\b|more\s+on\s+this\s+(?:story\s+and\s+others|and\s+other\s+stories)\s+from\b)/iu.test(sentence),
  },
  {
    // Wire credits that sit in the last paragraph of scraped copy: "CNN's Jane Doe contributed to this report."
    name: 'contributor-credit',
    matches: (sentence) => sentence.includes('contributed') && /^[\p{Lu}][^.!?]{0,160}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b\W*$/u.test(sentence),
  },
  {
    // "Copyright 2007 Reuters.", "All rights reserved.This material may not be published, broadcast, rewritten, or redistributed."
    name: 'copyright-notice',
    matches: (sentence) => /^(?:copyright\s+(?:©\s*)?(?:\d{4}|the\s)|©\s*\d{4}|all\s+rights\s+reserved\b|this\s+material\s+may\s+not\s+be\s+(?:published|reproduced)\b)/i.test(sentence),
  },
  {
    name: 'reporter-credit',
    matches: (sentence) => /^(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:reports|reporting)\W*$/u.test(sentence),
  },
  {
    // Scraped tabloid copy closes every caption with " ." (a space before the full stop); prose never does.
    name: 'caption',
    matches: (sentence) => /\s\.$/.test(sentence) || (CAPTION_LABEL.test(sentence) && /\s\.?$|[^.!?'’"”)]$/.test(sentence))
      || (PICTURE_POSITION.test(sentence) && !/[.!?]["”’')]*$/.test(sentence)),
  },
];

export function isJunkSentence(sentence: string): boolean {
  return SENTENCE_JUNK_RULES.some((rule) => rule.matches(sentence));
}
