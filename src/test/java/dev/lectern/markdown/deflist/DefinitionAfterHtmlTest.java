package dev.lectern.markdown.deflist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.MarkdownPage;
import org.junit.jupiter.api.Test;

/** Raw HTML above a definition is its term, as in Python-Markdown (Material's option markers). */
class DefinitionAfterHtmlTest {
  @Test
  void rawHtmlIsTheTerm() {
    // The comment itself is removed, as every HTML comment is (raw-HTML policy).
    assertEquals("<dl>\n<dt></dt>\n<dd>\n<p>Body.</p>\n</dd>\n</dl>\n", MarkdownPage.render("<!-- md:option x -->\n\n:   Body.\n",
            new Diagnostics()));
  }
}
