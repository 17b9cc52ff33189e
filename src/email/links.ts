import { htmlUrls } from '../transforms/html-urls.ts';

/**
 * A mail has no site around it, so a relative link in it goes nowhere. The email template
 * makes every link absolute with the absoluteUrl filter; this finds any it missed, in every
 * URL attribute the pages and feeds rewrite (html-urls.ts).
 */
export function relativeLinks(html: string): string[] {
  return htmlUrls(html).filter((url) => !/^(?:https?:|mailto:|tel:|#)/i.test(url));
}
