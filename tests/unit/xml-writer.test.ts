import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlDocument, xmlElement as el } from '../../src/feeds/xml-writer.ts';

test('prints declaration, stylesheet, indented children, one-line text and self-closed empty elements', () => {
  const xml = xmlDocument(el('feed', { xmlns: 'urn:x' }, [el('title', {}, 'T'), el('link', { href: '/a' }), el('empty', {}, ''), el('author', {}, [el('name', {}, 'N')])]), '/feed.xsl');
  assert.equal(
    xml,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>',
      '<feed xmlns="urn:x">',
      '  <title>T</title>',
      '  <link href="/a"/>',
      '  <empty/>',
      '  <author>',
      '    <name>N</name>',
      '  </author>',
      '</feed>',
      '',
    ].join('\n'),
  );
});

test('text and attributes come back exactly, entity-like text included', () => {
  const text = 'Literally &lt;b&gt; & <i>"this"</i> \'quoted\'';
  const xml = xmlDocument(el('root', { label: text }, [el('child', {}, text)]));
  assert.equal(XMLValidator.validate(xml), true);
  const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: false }).parse(xml);
  assert.equal(parsed.root.child, text);
  assert.equal(parsed.root['@_label'], text);
  assert.match(xml, /<child>Literally &amp;lt;b&amp;gt; &amp; &lt;i&gt;"this"&lt;\/i&gt; 'quoted'<\/child>/);
});
