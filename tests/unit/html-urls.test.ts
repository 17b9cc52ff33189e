import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlUrls, rewriteHtmlUrls, rewriteSrcset, URL_ATTRIBUTES } from '../../src/transforms/html-urls.ts';
import { prefixRootRelativeUrls } from '../../src/transforms/site-path-links.ts';
import { absolutizeHtml } from '../../src/feeds/absolute-html.ts';
import { relativeLinks } from '../../src/email/links.ts';

/** One element per URL attribute, each holding the root-relative URL "/<attribute>/". */
const EVERY_URL_ATTRIBUTE = URL_ATTRIBUTES.map((name) => `<x-el ${name}="/${name}/"></x-el>`).join('');

describe('html-urls: one list of URL attributes, one walker, for pages, feeds and email', () => {
  test('the list holds the attributes HTML defines as URLs', () => {
    for (const name of ['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'data', 'background']) {
      assert.ok(URL_ATTRIBUTES.includes(name), name);
    }
  });

  test('story bodies, feed content and the email check all see every attribute of the list', () => {
    assert.equal(prefixRootRelativeUrls(EVERY_URL_ATTRIBUTE, '/news/'), URL_ATTRIBUTES.map((name) => `<x-el ${name}="/news/${name}/"></x-el>`).join(''));
    assert.equal(
      absolutizeHtml(EVERY_URL_ATTRIBUTE, 'https://x.example/news/a/', 'https://x.example/news'),
      URL_ATTRIBUTES.map((name) => `<x-el ${name}="https://x.example/news/${name}/"></x-el>`).join(''),
    );
    assert.deepEqual(relativeLinks(EVERY_URL_ATTRIBUTE), URL_ATTRIBUTES.map((name) => `/${name}/`));
  });

  test('a form and an object in a feed item point at the site, as they do on the page', () => {
    const html = '<form action="/search/"><button formaction="/search/all/">Go</button></form><object data="/media/chart.svg"></object>';
    assert.equal(
      absolutizeHtml(html, 'https://x.example/a/', 'https://x.example'),
      '<form action="https://x.example/search/"><button formaction="https://x.example/search/all/">Go</button></form><object data="https://x.example/media/chart.svg"></object>',
    );
  });

  test('only URLs change: quotes, entities, spaces and other attributes stay as written', () => {
    const html = `<a HREF=/a/?x=1&amp;y=2 title="/not/a/url" data-path="/nor/this"> <img src=' /b.png ' alt="&quot;b&quot;"></a>`;
    assert.equal(
      rewriteHtmlUrls(html, (url) => `${url}#z`),
      `<a HREF=/a/?x=1&amp;y=2#z title="/not/a/url" data-path="/nor/this"> <img src=' /b.png#z ' alt="&quot;b&quot;"></a>`,
    );
  });

  test('a bare value that the rewrite gives a space or a quote is quoted', () => {
    assert.equal(rewriteHtmlUrls('<a href=/a/>a</a>', () => '/a b/"c"'), '<a href="/a b/&quot;c&quot;">a</a>');
  });

  test('HTML with no URL to change comes back as the same text, unparsed quirks and all', () => {
    const html = '<p>Text <b>only<p>and an <img src="/a.png" />';
    assert.equal(rewriteHtmlUrls(html, (url) => url), html);
  });

  test('URLs in code, comments and text are not links', () => {
    assert.deepEqual(htmlUrls('<code>&lt;a href="/x/"&gt;</code><!-- <a href="/y/"> --> href="/z/"'), []);
  });

  test('srcset: each candidate once, descriptors and spacing kept, a comma inside a URL is part of it', () => {
    const seen: string[] = [];
    const srcset = '/a.jpg 1x,/b,c.jpg 2x ,  /d.jpg 640w, /e.jpg';
    assert.equal(
      rewriteSrcset(srcset, (url) => {
        seen.push(url);
        return `X${url}`;
      }),
      'X/a.jpg 1x,X/b,c.jpg 2x ,  X/d.jpg 640w, X/e.jpg',
    );
    assert.deepEqual(seen, ['/a.jpg', '/b,c.jpg', '/d.jpg', '/e.jpg']);
  });

  test('srcset: a URL ending in a comma ends its candidate (with no space after it, the comma is inside the URL), and an empty srcset has none', () => {
    assert.equal(rewriteSrcset('/a.jpg, /b.jpg 2x', (url) => `X${url}`), 'X/a.jpg, X/b.jpg 2x');
    assert.equal(rewriteSrcset('/a.jpg,/b.jpg 2x', (url) => `X${url}`), 'X/a.jpg,/b.jpg 2x');
    assert.equal(rewriteSrcset('  ', (url) => `X${url}`), '  ');
  });
});
