package org.safeguarding.advisor.content.book;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A run of inline text with a little markup, rendered alike to HTML and to Markdown. */
final class Inline {
  enum Kind {
    TEXT,
    CODE,
    STRONG,
    /** A link to an anchor in the book; {@code target} is the anchor. */
    LINK,
    /** A link whose text is an id, shown as code. */
    LINK_CODE,
    /** A link to a web address. */
    URL,
    /** A link to another file beside this one; {@code target} is the relative address. */
    FILE_LINK,
    /** A highlighted label; {@code target} is its CSS class. */
    FLAG
  }

  record Span(Kind kind, String text, String target) {}

  private final List<Span> spans = new ArrayList<>();

  static Inline of(String text) {
    return new Inline().text(text);
  }

  Inline text(String text) {
    if (!text.isEmpty()) {
      spans.add(new Span(Kind.TEXT, text, null));
    }
    return this;
  }

  Inline code(String text) {
    spans.add(new Span(Kind.CODE, text, null));
    return this;
  }

  Inline strong(String text) {
    spans.add(new Span(Kind.STRONG, text, null));
    return this;
  }

  Inline link(String anchor, String text) {
    spans.add(new Span(Kind.LINK, text, anchor));
    return this;
  }

  Inline linkCode(String anchor, String id) {
    spans.add(new Span(Kind.LINK_CODE, id, anchor));
    return this;
  }

  Inline fileLink(String href, String text) {
    spans.add(new Span(Kind.FILE_LINK, text, href));
    return this;
  }

  Inline url(String url) {
    spans.add(new Span(Kind.URL, url, url));
    return this;
  }

  Inline flag(String cssClass, String text) {
    spans.add(new Span(Kind.FLAG, text, cssClass));
    return this;
  }

  Inline append(Inline other) {
    spans.addAll(other.spans);
    return this;
  }

  /** The inlines joined with a separator, such as ", ". */
  static Inline join(List<Inline> parts, String separator) {
    Inline out = new Inline();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.text(separator);
      }
      out.append(parts.get(i));
    }
    return out;
  }

  boolean isEmpty() {
    return spans.isEmpty();
  }

  List<Span> spans() {
    return Collections.unmodifiableList(spans);
  }

  /** The plain text, with no markup. */
  String plain() {
    StringBuilder out = new StringBuilder();
    spans.forEach(s -> out.append(s.text()));
    return out.toString();
  }
}
