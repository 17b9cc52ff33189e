/**
 * A mail has no site around it, so a relative link in it goes nowhere. The email template
 * makes every link absolute with the absoluteUrl filter; this finds any it missed.
 */
export function relativeLinks(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\b(?:href|src)\s*=\s*(["'])(.*?)\1/gi)) {
    const url = match[2] ?? '';
    if (!/^(?:https?:|mailto:|tel:|#)/i.test(url)) found.push(url);
  }
  return found;
}
