package org.safeguarding.advisor.content.book;

import java.util.List;

/** The blocks the content book is made of; one implementation writes HTML, one Markdown. */
interface Doc {
  /** A heading with an anchor that links can name. */
  void heading(int level, String anchor, Inline text);

  void paragraph(Inline text);

  /** A paragraph set apart, such as a verification warning; {@code kind} is a CSS class. */
  void callout(String kind, Inline text);

  void bullets(List<Inline> items);

  void table(List<String> headers, List<List<Inline>> rows);

  /** A Mermaid diagram. */
  void mermaid(String source);

  /** Starts one entry of the catalogue (a rule, a step...): kept together on a printed page. */
  void beginEntry();

  void endEntry();

  /** The whole document. */
  String finish();
}
