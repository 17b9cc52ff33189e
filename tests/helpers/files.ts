import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every .html file under a built site, as forward-slash paths relative to it. */
export async function htmlFiles(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(dir, relative)));
    else if (entry.name.endsWith('.html')) found.push(relative);
  }
  return found;
}
