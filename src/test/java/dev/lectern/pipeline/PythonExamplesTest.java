package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.code.CodeInfo;
import dev.lectern.markdown.code.InfoStringParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code python} block of the bundled guide compiles: each is parsed with the machine's
 * {@code python3} ({@code ast.parse}). Blocks that need a newer Python carry
 * {@code min-version=3.12} and are skipped (and counted); sessions use {@code pycon}.
 */
class PythonExamplesTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  @TempDir Path dir;

  record Block(String file, int line, String code) {}

  @Test
  void everyPythonExampleCompiles() throws Exception {
    Diagnostics d = new Diagnostics();
    SiteConfig config = ConfigLoader.load(ROOT, d).orElseThrow();
    List<Block> blocks = new ArrayList<>();
    int[] skipped = {0};
    for (SourcePage page : ContentLoader.load(ROOT, config, true, d).pages()) {
      PARSER.parse(page.body()).accept(new AbstractVisitor() {
        @Override
        public void visit(FencedCodeBlock block) {
          CodeInfo info = InfoStringParser.parse(block.getInfo() == null ? "" : block.getInfo())
              .info().orElse(CodeInfo.plain(""));
          if (!info.language().equals("python") && !info.language().equals("py")) {
            return;
          }
          if (info.minVersion().isPresent()) {
            skipped[0]++;
            return;
          }
          int line = block.getSourceSpans().get(0).getLineIndex() + 1;
          blocks.add(new Block(page.file(), line, block.getLiteral()));
        }
      });
    }
    List<String> failures = compile(blocks);
    System.out.printf("python examples: %d compiled, %d skipped (min-version)%n", blocks.size(),
        skipped[0]);
    assertEquals(List.of(), failures);
    assertTrue(blocks.size() >= 10, "the guide has python examples");
  }

  /** Parses every block in one python3 process; returns "file:line: message" for each failure. */
  private List<String> compile(List<Block> blocks) throws IOException, InterruptedException {
    Path input = dir.resolve("blocks.json");
    new ObjectMapper().writeValue(input.toFile(), blocks.stream()
        .map(b -> Map.of("file", b.file(), "line", b.line(), "code", b.code())).toList());
    String script = String.join("\n",
        "import ast, json, sys",
        "for b in json.load(open(sys.argv[1], encoding='utf-8')):",
        "    try:",
        "        ast.parse(b['code'])",
        "    except SyntaxError as e:",
        "        print(f\"{b['file']}:{b['line'] + (e.lineno or 0)}: python block does not compile:"
            + " {e.msg}\")");
    Process p = new ProcessBuilder("python3", "-c", script, input.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
    assertEquals(0, p.exitValue(), "python3 failed: " + out);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void aBrokenBlockIsReportedWithItsFileAndLine() throws Exception {
    List<String> failures = compile(List.of(new Block("content/x.md", 10, "def f(:\n    pass\n")));
    assertEquals(List.of("content/x.md:11: python block does not compile: invalid syntax"),
        failures);
    Files.deleteIfExists(dir.resolve("blocks.json"));
  }
}
