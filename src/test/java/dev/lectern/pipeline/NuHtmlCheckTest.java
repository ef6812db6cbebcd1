package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the bundled guide is valid HTML according to the Nu HTML checker (the validator
 * behind validator.w3.org/nu), run in-process: any error fails {@code mvn verify}.
 */
class NuHtmlCheckTest {
  @TempDir Path dir;

  @Test
  void everyPageOfTheGuideIsValidHtml() throws Exception {
    BuildResult result = new Build().render(BuildOptions.of(Path.of("").toAbsolutePath()));
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    ObjectMapper json = new ObjectMapper();
    List<String> errors = new ArrayList<>();
    int pages = 0;
    for (Map.Entry<String, byte[]> file : result.tree().files().entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      pages++;
      Path page = dir.resolve(file.getKey().replace('/', '_'));
      Files.write(page, file.getValue());
      for (JsonNode message : json.readTree(validator.validate(page)).path("messages")) {
        String type = message.path("type").asText();
        if (type.equals("error") || type.equals("non-document-error")) {
          errors.add(file.getKey() + ":" + message.path("lastLine").asInt() + ": "
              + message.path("message").asText());
        }
      }
    }
    assertEquals(List.of(), errors);
    assertTrue(pages > 30, "the guide's pages were checked");
  }
}
