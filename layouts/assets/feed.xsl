<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows Daybook's RSS and Atom feeds as a readable page when opened in a browser, with a
     note on how to subscribe. Feed readers ignore it. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="rss/channel/title | atom:feed/atom:title"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <style>
          :root { color-scheme: light dark; --ink: #1b1b1b; --paper: #fdfcf8; --muted: #555; --rule: #d9d4c7; --link: #0b4f8a; }
          @media (prefers-color-scheme: dark) { :root { --ink: #ececec; --paper: #16171a; --muted: #b8b8b8; --rule: #3a3b40; --link: #93c8ff; } }
          body { margin: 0 auto; max-width: 65ch; padding: 1.5rem 1rem 3rem; font: 1.05rem/1.55 Charter, Georgia, serif; color: var(--ink); background: var(--paper); }
          a { color: var(--link); }
          .about { font-family: system-ui, sans-serif; font-size: .95rem; border: 1px solid var(--rule); padding: .75rem 1rem; border-radius: 4px; }
          .about code { word-break: break-all; }
          ol { list-style: none; padding: 0; }
          li { border-top: 1px solid var(--rule); padding: .75rem 0; }
          h2 { font-size: 1.15rem; margin: 0 0 .25rem; }
          .meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; margin: 0; }
        </style>
      </head>
      <body>
        <p class="about"><strong>This is a web feed.</strong> Copy its address into a feed reader to follow
          <xsl:value-of select="$title"/>:
          <code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href | atom:feed/atom:link[@rel='self']/@href"/></code></p>
        <header>
          <h1><xsl:value-of select="$title"/></h1>
          <p><xsl:value-of select="rss/channel/description | atom:feed/atom:subtitle"/></p>
          <p><a href="{rss/channel/link | atom:feed/atom:link[@rel='alternate']/@href}">Visit the website →</a></p>
        </header>
        <main>
          <ol>
            <xsl:apply-templates select="rss/channel/item | atom:feed/atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
      <p class="meta"><xsl:value-of select="pubDate"/></p>
      <p>
        <xsl:call-template name="decode-html-escapes">
          <xsl:with-param name="html" select="description"/>
        </xsl:call-template>
      </p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="meta"><xsl:value-of select="substring(atom:published, 1, 10)"/></p>
      <!-- type="text": the summary is the reader's text already, nothing to decode. -->
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>

  <!-- An RSS item's description is HTML by convention, and the build writes the plain-text
       summary into it through escape-html, which makes exactly these five escapes. Printing it
       with value-of would show "AT&amp;T" on the page, so they are decoded back to characters
       and printed as text: never with disable-output-escaping, which Firefox ignores and which
       would turn a summary's literal "<script>" into markup.
       One pass from each "&" to the next, so a decoded "&" is never read again: the text
       "&lt;b&gt;", escaped to "&amp;lt;b&amp;gt;", comes back as "&lt;b&gt;", not "<b>". -->
  <xsl:template name="decode-html-escapes">
    <xsl:param name="html"/>
    <xsl:choose>
      <xsl:when test="contains($html, '&amp;')">
        <xsl:variable name="rest" select="substring-after($html, '&amp;')"/>
        <xsl:variable name="name" select="substring-before($rest, ';')"/>
        <xsl:variable name="character">
          <xsl:choose>
            <xsl:when test="$name = 'amp'">&amp;</xsl:when>
            <xsl:when test="$name = 'lt'">&lt;</xsl:when>
            <xsl:when test="$name = 'gt'">&gt;</xsl:when>
            <xsl:when test="$name = 'quot'">"</xsl:when>
            <xsl:when test="$name = '#39'">'</xsl:when>
          </xsl:choose>
        </xsl:variable>
        <xsl:value-of select="substring-before($html, '&amp;')"/>
        <xsl:choose>
          <xsl:when test="string($character) != ''">
            <xsl:value-of select="$character"/>
            <xsl:call-template name="decode-html-escapes">
              <xsl:with-param name="html" select="substring-after($rest, ';')"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <!-- Not an escape the build writes: the "&" stands as it is. -->
            <xsl:text>&amp;</xsl:text>
            <xsl:call-template name="decode-html-escapes">
              <xsl:with-param name="html" select="$rest"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$html"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
