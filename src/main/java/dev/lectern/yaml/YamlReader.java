package dev.lectern.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML into {@link YamlNode}s with exact file positions, using Jackson's streaming YAML
 * parser. Syntax errors and duplicate keys become diagnostics instead of exceptions. Two tags of
 * MkDocs configurations are understood: {@code !ENV NAME} and {@code !ENV [NAME, …, default]}
 * read environment variables, and Python tags ({@code !!python/name:x.y}) read as their text.
 * Other tags are ignored.
 */
public final class YamlReader {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
  private static final com.fasterxml.jackson.core.JsonFactory JSON =
      com.fasterxml.jackson.core.JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build();
  private static final com.fasterxml.jackson.dataformat.toml.TomlFactory TOML =
      com.fasterxml.jackson.dataformat.toml.TomlFactory.builder().build();
  private static final String PYTHON_TAG = "tag:yaml.org,2002:python/";

  private YamlReader() {}

  /**
   * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}.
   *
   * @return the root node, or empty if the text is empty or has a syntax error (reported)
   */
  public static Optional<YamlNode> read(
      String yaml, String file, int firstLine, Diagnostics diagnostics) {
    return read(FACTORY, yaml, file, firstLine, diagnostics);
  }

  /**
   * Parses TOML (Hugo's front matter between {@code +++} lines) into the same nodes. Jackson's
   * TOML parser reports no positions for values, so each key is placed at the line that writes
   * it ({@link TomlPositions}).
   */
  public static Optional<YamlNode> readToml(String toml, String file, int firstLine,
      Diagnostics diagnostics) {
    return read(TOML, toml, file, firstLine, diagnostics)
        .map(node -> TomlPositions.locate(node, toml, file, firstLine));
  }

  /** Parses JSON into the same nodes, with positions (for JSON files beside YAML ones). */
  public static Optional<YamlNode> readJson(String json, String file, Diagnostics diagnostics) {
    return read(JSON, json, file, 1, diagnostics);
  }

  private static Optional<YamlNode> read(com.fasterxml.jackson.core.JsonFactory factory,
      String yaml, String file, int firstLine, Diagnostics diagnostics) {
    try (JsonParser parser = factory.createParser(yaml)) {
      Reading reading = new Reading(parser, file, firstLine - 1, diagnostics);
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      return Optional.of(reading.value());
    } catch (JsonProcessingException e) {
      diagnostics.add(syntaxError(e, file, firstLine - 1));
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Diagnostic syntaxError(JsonProcessingException e, String file, int lineOffset) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr() + lineOffset;
    int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 1);
    String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
    return Diagnostic.error(
        new SourcePosition(file, line, col),
        (file.endsWith(".json") ? "invalid JSON: " : e.getClass().getName().contains("toml")
            ? "invalid TOML: " : "invalid YAML: ") + message,
        "check indentation, and quote values that contain ': ' or start with a special character");
  }

  /** One pass over a parser; carries the file name and line offset. */
  private record Reading(JsonParser parser, String file, int lineOffset, Diagnostics diagnostics) {

    YamlNode value() throws IOException {
      JsonToken token = parser.currentToken();
      SourcePosition at = here();
      String tag = parser.canReadTypeId() ? String.valueOf(parser.getTypeId()) : "null";
      YamlNode node = switch (token) {
        case START_OBJECT -> map(at);
        case START_ARRAY -> list(at);
        case VALUE_NULL -> new YamlNode.YamlScalar(at, null);
        default -> new YamlNode.YamlScalar(at, parser.getText());
      };
      return tagged(tag, node);
    }

    /** The value of a node with the tag {@code tag} ("null" for none). */
    private static YamlNode tagged(String tag, YamlNode node) {
      if (tag.equals("ENV")) {
        return Tags.environment(node);
      }
      if (tag.startsWith(PYTHON_TAG) && node instanceof YamlNode.YamlScalar s) {
        return new YamlNode.YamlScalar(s.position(), "!!python/" + tag.substring(
            PYTHON_TAG.length()) + (s.text() == null ? "" : s.text()));
      }
      return node;
    }

    private YamlNode map(SourcePosition at) throws IOException {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        SourcePosition keyAt = here();
        parser.nextToken();
        YamlNode value = value();
        if (entries.containsKey(key)) {
          diagnostics.error(
              keyAt,
              "duplicate key '" + key + "'",
              "it is already set at line " + entries.get(key).keyPosition().line()
                  + "; keep one of them");
        } else {
          entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
      }
      return new YamlNode.YamlMap(at, entries);
    }

    private YamlNode list(SourcePosition at) throws IOException {
      List<YamlNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value());
      }
      return new YamlNode.YamlList(at, List.copyOf(items));
    }

    private SourcePosition here() {
      JsonLocation loc = parser.currentTokenLocation();
      return new SourcePosition(file, loc.getLineNr() + lineOffset, loc.getColumnNr());
    }
  }
}
