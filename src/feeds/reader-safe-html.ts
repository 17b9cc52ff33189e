import sanitizeHtml from 'sanitize-html';

/**
 * What a story's HTML may keep in feeds (RSS, Atom, JSON Feed): text, structure, links and
 * images, nothing that runs. Feed readers and the sites that re-publish feeds show item
 * content inside their own pages, so an editor's <script>, onerror= or javascript: link
 * must never reach them, whatever the pages allow (README, "Raw HTML"). An embed (<iframe>)
 * becomes a link to what it showed.
 */
const FEED_POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img', 'figure', 'figcaption', 'picture', 'source', 'del', 'ins', 'sub', 'sup',
  ],
  allowedAttributes: {
    a: ['href', 'name', 'title'],
    img: ['src', 'srcset', 'alt', 'title', 'width', 'height'],
    source: ['srcset', 'type', 'media'],
    ol: ['start', 'reversed'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    blockquote: ['cite'],
    abbr: ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    iframe: (_tagName, attribs) => {
      const link: sanitizeHtml.Attributes = {};
      if (attribs.src) link.href = attribs.src;
      return { tagName: 'a', attribs: link, text: 'Open the embedded content' };
    },
  },
};

/** The story HTML a feed item carries, with everything that could run removed (links and images already absolute). */
export function readerSafeHtml(html: string): string {
  return sanitizeHtml(html, FEED_POLICY);
}
