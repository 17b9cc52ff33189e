import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { prefixRootRelativeUrls } from '../../src/transforms/site-path-links.ts';
import { renderMarkdown } from '../../src/transforms/markdown.ts';

describe('prefixRootRelativeUrls: story links under the path the site is published at', () => {
  test("an editor's root-relative link and image in Markdown get the prefix", () => {
    const html = renderMarkdown('See [the vote](/2026/11/24/evening-vote/#result).\n\n![Map](/images/map.svg "The map")\n');
    assert.equal(
      prefixRootRelativeUrls(html, '/news/'),
      '<p>See <a href="/news/2026/11/24/evening-vote/#result">the vote</a>.</p>\n' +
        '<p><img src="/news/images/map.svg" alt="Map" title="The map"></p>\n',
    );
  });

  test('absolute, protocol-relative, relative, fragment and mailto URLs are left alone', () => {
    const html =
      '<p><a href="https://other.example/a/">a</a> <a href="//cdn.example/x.js">b</a> <a href="chart/">c</a> ' +
      '<a href="#notes">d</a> <a href="mailto:desk@example.org">e</a> <img src="../up.png" alt=""></p>';
    assert.equal(prefixRootRelativeUrls(html, '/news/'), html);
  });

  test('a site at the host root needs no prefix: the HTML comes back as it is', () => {
    const html = '<p><a href="/2026/11/24/x/">x</a></p>';
    assert.equal(prefixRootRelativeUrls(html, '/'), html);
  });

  test("pasted HTML: every URL attribute, any quoting, srcset candidates; the rest kept as written (an XHTML slash aside)", () => {
    const html = [
      `<figure><img src=/images/a.jpg srcset="/images/a.jpg 1x, /images/a@2x.jpg 2x,https://cdn.example/a.jpg 3x" alt="A &lt;map&gt; &amp; key" /></figure>`,
      `<video poster='/images/still.jpg' controls><source src="/media/clip.mp4" type="video/mp4"></video>`,
      `<blockquote cite=" /2026/11/23/budget-vote/"><p>“Quoted”</p></blockquote>`,
      `<a HREF="/tags/iran/?a=1&amp;b=2" title="Say &quot;hi&quot;">Iran</a>`,
    ].join('\n');
    assert.equal(
      prefixRootRelativeUrls(html, '/news/'),
      [
        `<figure><img src=/news/images/a.jpg srcset="/news/images/a.jpg 1x, /news/images/a@2x.jpg 2x,https://cdn.example/a.jpg 3x" alt="A &lt;map&gt; &amp; key" ></figure>`,
        `<video poster='/news/images/still.jpg' controls><source src="/news/media/clip.mp4" type="video/mp4"></video>`,
        `<blockquote cite=" /news/2026/11/23/budget-vote/"><p>“Quoted”</p></blockquote>`,
        `<a HREF="/news/tags/iran/?a=1&amp;b=2" title="Say &quot;hi&quot;">Iran</a>`,
      ].join('\n'),
    );
  });

  test('text that only looks like a link is not a link: code, comments and attributes that hold no URL', () => {
    const html = renderMarkdown('Write `<a href="/x/">` like this.\n\n    <img src="/y.png">\n\n<!-- href="/z/" -->\n\n<p title="/not/a/url" data-path="/nor/this">t</p>\n');
    assert.equal(prefixRootRelativeUrls(html, '/news/'), html);
  });

  test('a deeper prefix is inserted once, and a second pass would add it again (so run it once per story)', () => {
    const once = prefixRootRelativeUrls('<a href="/a/">a</a>', '/org/news/');
    assert.equal(once, '<a href="/org/news/a/">a</a>');
    assert.equal(prefixRootRelativeUrls(once, '/org/news/'), '<a href="/org/news/org/news/a/">a</a>');
  });
});
