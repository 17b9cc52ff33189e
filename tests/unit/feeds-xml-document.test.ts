import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlDocument, xmlElement as el } from '../../src/feeds/xml-document.ts';

test('prints declaration, stylesheet, indented children, one-line text and self-closed empty elements', () => {
  const xml = xmlDocument(
    el('feed', { xmlns: 'urn:x', 'xml:lang': 'en' }, [
      el('title', { type: 'text' }, 'T'),
      el('link', { href: '/a' }),
      el('empty', {}, ''),
      el('author', {}, [el('name', {}, 'N')]),
      el('link', { href: '/b', rel: 'enclosure' }),
    ]),
    '/feed.xsl',
  );
  assert.equal(
    xml,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>',
      '<feed xmlns="urn:x" xml:lang="en">',
      '  <title type="text">T</title>',
      '  <link href="/a"/>',
      '  <empty/>',
      '  <author>',
      '    <name>N</name>',
      '  </author>',
      '  <link href="/b" rel="enclosure"/>',
      '</feed>',
      '',
    ].join('\n'),
  );
});

test('without a stylesheet the root follows the declaration; namespaced names and "true" values print as given', () => {
  const xml = xmlDocument(el('rss', { 'xmlns:dc': 'urn:dc' }, [el('dc:creator', {}, 'Ana'), el('guid', { isPermaLink: 'true' }, 'u')]));
  assert.equal(xml, '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="urn:dc">\n  <dc:creator>Ana</dc:creator>\n  <guid isPermaLink="true">u</guid>\n</rss>\n');
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  assert.equal(parsed.rss['dc:creator'], 'Ana');
});

test('hostile text and attributes come back exactly, entity-like text, quotes and "]]>" included', () => {
  const text = 'Fed <script>alert(1)</script> cuts: literally &lt;b&gt; & <i>"this"</i> \'quoted\' ]]> &amp;';
  const xml = xmlDocument(el('root', { label: text }, [el('child', {}, text)]));
  assert.equal(XMLValidator.validate(xml), true);
  assert.doesNotMatch(xml, /<script|<i>|]]>/);
  const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: false }).parse(xml);
  assert.equal(parsed.root.child, text);
  assert.equal(parsed.root['@_label'], text);
  // Every & is escaped, also one that already looks like an entity, so "&lt;b&gt;" stays that text.
  assert.match(xml, /<child>Fed &lt;script&gt;alert\(1\)&lt;\/script&gt; cuts: literally &amp;lt;b&amp;gt; &amp; &lt;i&gt;&quot;this&quot;&lt;\/i&gt; &apos;quoted&apos; \]\]&gt; &amp;amp;<\/child>/);
});
