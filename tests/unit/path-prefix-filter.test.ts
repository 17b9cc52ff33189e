import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withPathPrefix } from '../../src/routes/site-url.ts';

describe('withPathPrefix: site-relative URLs in layouts, for a site published under a path', () => {
  test('a site-relative path gets the prefix once: pages, the home page, assets, feeds', () => {
    assert.equal(withPathPrefix('/tags/iran/', '/news/'), '/news/tags/iran/');
    assert.equal(withPathPrefix('/', '/news/'), '/news/');
    assert.equal(withPathPrefix('/pagefind/2026-09_2026-11/', '/org/news/'), '/org/news/pagefind/2026-09_2026-11/');
    assert.equal(withPathPrefix('/feed.xml', '/news/'), '/news/feed.xml');
  });

  test('a prefix written without its slashes is read as the folder it names', () => {
    assert.equal(withPathPrefix('/tags/', '/news'), '/news/tags/');
    assert.equal(withPathPrefix('/tags/', 'news/'), '/news/tags/');
  });

  test('absolute, protocol-relative, relative and fragment URLs are left as they are', () => {
    for (const url of ['https://cdn.example/a.jpg', '//cdn.example/a.jpg', 'images/a.jpg', '#main', 'mailto:desk@example.org', '']) {
      assert.equal(withPathPrefix(url, '/news/'), url);
    }
  });

  test('a site at the host root prints site-relative URLs unchanged', () => {
    assert.equal(withPathPrefix('/tags/iran/', '/'), '/tags/iran/');
  });
});
