package org.safeguarding.advisor.content.book;

import java.util.List;

/** The content book as GitHub-flavoured Markdown, with the diagram in a mermaid block. */
final class MarkdownDoc implements Doc {
  private final StringBuilder out = new StringBuilder();

  @Override
  public void heading(int level, String anchor, Inline text) {
    if (anchor != null) {
      out.append("<a id=\"").append(anchor).append("\"></a>\n\n");
    }
    out.append("#".repeat(level)).append(' ').append(render(text, false)).append("\n\n");
  }

  @Override
  public void paragraph(Inline text) {
    out.append(render(text, false)).append("\n\n");
  }

  @Override
  public void callout(String kind, Inline text) {
    String label = switch (kind) {
      case "warning" -> "WARNING";
      case "caution" -> "CAUTION";
      default -> "NOTE";
    };
    out.append("> [!").append(label).append("]\n> ").append(render(text, false)).append("\n\n");
  }

  @Override
  public void bullets(List<Inline> items) {
    if (items.isEmpty()) {
      return;
    }
    for (Inline item : items) {
      out.append("- ").append(render(item, false)).append('\n');
    }
    out.append('\n');
  }

  @Override
  public void table(List<String> headers, List<List<Inline>> rows) {
    out.append('|');
    headers.forEach(h -> out.append(' ').append(escape(h, true)).append(" |"));
    out.append("\n|");
    headers.forEach(h -> out.append("---|"));
    out.append('\n');
    for (List<Inline> row : rows) {
      out.append('|');
      row.forEach(cell -> out.append(' ').append(render(cell, true)).append(" |"));
      out.append('\n');
    }
    out.append('\n');
  }

  @Override
  public void mermaid(String source) {
    out.append("```mermaid\n").append(source).append("```\n\n");
  }

  @Override
  public void beginEntry() {}

  @Override
  public void endEntry() {}

  @Override
  public String finish() {
    String text = out.toString();
    while (text.endsWith("\n\n")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  private static String render(Inline inline, boolean inTable) {
    StringBuilder s = new StringBuilder();
    for (Inline.Span span : inline.spans()) {
      switch (span.kind()) {
        case TEXT -> s.append(escape(span.text(), inTable));
        case CODE -> s.append(code(span.text()));
        case STRONG -> s.append("**").append(escape(span.text(), inTable)).append("**");
        case LINK -> s.append('[').append(escape(span.text(), inTable)).append("](#")
            .append(span.target()).append(')');
        case LINK_CODE -> s.append('[').append(code(span.text())).append("](#")
            .append(span.target()).append(')');
        case URL -> s.append('<').append(span.target()).append('>');
        case FILE_LINK -> s.append('[').append(escape(span.text(), inTable)).append("](")
            .append(span.target()).append(')');
        case FLAG -> s.append("**[").append(escape(span.text(), inTable)).append("]**");
        default -> throw new IllegalStateException(span.kind().toString());
      }
    }
    return s.toString();
  }

  private static String code(String text) {
    return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
  }

  /** Escapes the characters Markdown would read as markup; in a table, the pipe and line ends. */
  static String escape(String text, boolean inTable) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#' -> s.append('\\').append(c);
        case '|' -> s.append(inTable ? "\\|" : "|");
        case '\n' -> s.append(inTable ? "<br>" : "\n");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
