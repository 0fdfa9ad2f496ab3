package org.safeguarding.advisor.content.book;

import java.util.List;

/**
 * A static, self-contained HTML page: its style is inline, and its only script is the local copy
 * of Mermaid next to it, which draws the diagram when present. Without it (or without scripts) the
 * diagram's source shows, and the pathways are also listed in plain HTML.
 */
final class HtmlDoc implements Doc {
  static final String MERMAID_SCRIPT = "mermaid.min.js";

  private static final String STYLE = String.join("\n",
      ":root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;",
      "  --emergency: #a40e26; --urgent: #bc4c00; --prompt: #7d4e00; --routine: #1a7f37; }",
      "* { box-sizing: border-box; }",
      "body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans',",
      "  'Liberation Sans', Arial, sans-serif; color: var(--ink); margin: 0; }",
      "main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }",
      "h1 { font-size: 2rem; margin: 0 0 .5rem; }",
      "h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem;",
      "  border-bottom: 2px solid var(--line); }",
      "h3 { font-size: 1.15rem; margin: 0 0 .4rem; }",
      "h4 { font-size: 1rem; margin: .8rem 0 .3rem; }",
      "p { margin: .4rem 0; }",
      "ul { margin: .3rem 0 .6rem; padding-left: 1.4rem; }",
      "code { font: .9em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono',",
      "  monospace; background: var(--soft); padding: .05em .3em; border-radius: 4px; }",
      "a { color: #0969da; text-decoration: none; }",
      "a:hover { text-decoration: underline; }",
      "table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }",
      "th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left;",
      "  vertical-align: top; }",
      "th { background: var(--soft); font-weight: 600; }",
      ".entry { border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem;",
      "  margin: .8rem 0; }",
      ".flag { display: inline-block; font-size: .8em; font-weight: 700; padding: 0 .4em;",
      "  border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; }",
      ".flag.verified { color: #1a7f37; }",
      ".flag.partly-verified { color: #9a6700; background: #fff8c5; }",
      ".flag.unverified { color: #ffffff; background: #cf222e; border-color: #cf222e; }",
      ".flag.emergency { color: #ffffff; background: var(--emergency); border-color: var(--emergency); }",
      ".flag.urgent { color: var(--urgent); background: #fff1e5; }",
      ".flag.prompt { color: var(--prompt); background: #fbefff; }",
      ".flag.routine { color: var(--routine); background: #dafbe1; }",
      ".flag.trigger { color: #8250df; background: #fbefff; }",
      ".flag.audience { color: var(--muted); }",
      ".callout { border-left: 4px solid var(--line); background: var(--soft);",
      "  padding: .5rem .8rem; margin: .6rem 0; }",
      ".callout.warning { border-color: #cf222e; background: #ffebe9; }",
      ".callout.caution { border-color: #9a6700; background: #fff8c5; }",
      ".callout.note { border-color: #0969da; background: #ddf4ff; }",
      "pre.mermaid { background: var(--soft); padding: 1rem; overflow-x: auto;",
      "  font-size: .8rem; border-radius: 8px; }",
      "/* The diagram may use the whole window width, not only the text column. */",
      "@media screen and (min-width: 66rem) {",
      "  pre.mermaid { width: 96vw; margin-left: calc(50% - 48vw); } }",
      "nav.toc ol { columns: 2; }",
      "@media print {",
      "  body { font-size: 11pt; }",
      "  main { max-width: none; padding: 0; }",
      "  a { color: inherit; }",
      "  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }",
      "  tr, li, .callout { break-inside: avoid; page-break-inside: avoid; }",
      "  .entry { border: none; border-top: 1px solid var(--line); border-radius: 0;",
      "    padding: .6rem 0 0; }",
      "  pre.mermaid { background: none; }",
      "  .flag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
      "}");

  private final StringBuilder out = new StringBuilder();
  private boolean hasMermaid;

  HtmlDoc(String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n");
  }

  @Override
  public void heading(int level, String anchor, Inline text) {
    out.append("<h").append(level);
    if (anchor != null) {
      out.append(" id=\"").append(escape(anchor)).append('"');
    }
    out.append('>').append(render(text)).append("</h").append(level).append(">\n");
  }

  @Override
  public void paragraph(Inline text) {
    out.append("<p>").append(render(text)).append("</p>\n");
  }

  @Override
  public void callout(String kind, Inline text) {
    out.append("<p class=\"callout ").append(kind).append("\">").append(render(text))
        .append("</p>\n");
  }

  @Override
  public void bullets(List<Inline> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<ul>\n");
    for (Inline item : items) {
      out.append("<li>").append(render(item)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  @Override
  public void table(List<String> headers, List<List<Inline>> rows) {
    out.append("<table>\n<thead><tr>");
    for (String h : headers) {
      out.append("<th>").append(escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Inline> row : rows) {
      out.append("<tr>");
      for (Inline cell : row) {
        out.append("<td>").append(render(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  @Override
  public void mermaid(String source) {
    hasMermaid = true;
    out.append("<pre class=\"mermaid\">\n").append(escape(source)).append("</pre>\n");
  }

  @Override
  public void beginEntry() {
    out.append("<section class=\"entry\">\n");
  }

  @Override
  public void endEntry() {
    out.append("</section>\n");
  }

  @Override
  public String finish() {
    out.append("</main>\n");
    if (hasMermaid) {
      out.append("<script src=\"").append(MERMAID_SCRIPT).append("\"></script>\n")
          .append("<script>\n")
          .append("if (window.mermaid) {\n")
          .append("  mermaid.initialize({ startOnLoad: true, securityLevel: 'strict',")
          .append(" theme: 'neutral', flowchart: { useMaxWidth: true },")
          .append(" themeCSS: '.node .nodeLabel { text-align: left; }' });\n")
          .append("}\n")
          .append("</script>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static String render(Inline inline) {
    StringBuilder s = new StringBuilder();
    for (Inline.Span span : inline.spans()) {
      String text = escape(span.text());
      switch (span.kind()) {
        case TEXT -> s.append(text);
        case CODE -> s.append("<code>").append(text).append("</code>");
        case STRONG -> s.append("<strong>").append(text).append("</strong>");
        case LINK -> s.append("<a href=\"#").append(escape(span.target())).append("\">")
            .append(text).append("</a>");
        case LINK_CODE -> s.append("<a href=\"#").append(escape(span.target())).append("\"><code>")
            .append(text).append("</code></a>");
        case URL, FILE_LINK -> s.append("<a href=\"").append(escape(span.target()))
            .append("\">").append(text).append("</a>");
        case FLAG -> s.append("<span class=\"flag ").append(span.target()).append("\">")
            .append(text).append("</span>");
        default -> throw new IllegalStateException(span.kind().toString());
      }
    }
    return s.toString();
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
