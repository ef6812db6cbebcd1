package dev.lectern.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void nothingInTheDataCanEndTheScriptElement() throws Exception {
    String hostile = "</script><script>alert(1)</script> & <!-- ' \u2028 \u2029 -->";
    String json = JsonLd.write(JsonLd.thing("Answer").put("text", hostile));
    for (String forbidden : new String[] {"<", ">", "&", "'", "\u2028", "\u2029"}) {
      assertFalse(json.contains(forbidden), forbidden + " in " + json);
    }
    assertEquals(hostile, new ObjectMapper().readTree(json).get("text").asText());
  }

  @Test
  void answersKeepOnlyTheTagsSearchEnginesAccept() {
    String html = "<div class=\"faq-answer\"><p>See <a href=\"/g/x/#y\">x</a> and <code>a&lt;b</code>"
        + "</p><table><tr><td>1</td><td>2</td></tr></table><pre><code class=\"language-py\">"
        + "<span class=\"token keyword\">def</span> f(): pass</code></pre></div>";
    assertEquals("<div><p>See <a href=\"https://example.org/g/x/#y\">x</a> and a&lt;b</p>1 2  "
        + "def f(): pass</div>", AnswerText.of(html, "https://example.org/g/page/"));
  }

  @Test
  void descriptionsFallBackToTheFirstParagraphCutAtAWord() {
    assertEquals("Written.", Descriptions.of("Written.", "First paragraph."));
    assertEquals("First paragraph.", Descriptions.of("", "First   paragraph."));
    String longText = "word ".repeat(50);
    String cut = Descriptions.of("", longText);
    assertEquals(160, cut.length());
    assertEquals("word word…", cut.substring(cut.length() - 10));
    assertEquals(cut, ("word ".repeat(31) + "word").strip() + "…");
  }
}
