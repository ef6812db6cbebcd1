package dev.lectern.example.hello;

import dev.lectern.api.DataKey;
import dev.lectern.api.LecternExtension;
import dev.lectern.api.PageInfo;
import dev.lectern.api.Registry;
import dev.lectern.api.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Greets: {@code :::hello Ada} … {@code :::} renders {@code <p class="hello">Hello, Ada!</p>}, and
 * the site gets a {@code hello.txt} listing, one per line, the URLs of the pages that greet. The
 * greeting can be changed in site.yml: {@code hello: {greeting: Welcome}}.
 */
public final class HelloExtension implements LecternExtension {
  /** Recorded on each page that has a hello block. */
  static final DataKey<Boolean> GREETS = DataKey.of("hello.greets", Boolean.class);

  @Override
  public String name() {
    return "hello";
  }

  @Override
  public void register(Registry registry) {
    Settings settings = registry.settings();
    settings.allowOnly(Set.of("greeting"));
    String greeting = settings.text("greeting").orElse("Hello");
    registry.containerKind("hello");
    registry.pageProcessor(new HelloProcessor());
    registry.nodeRenderer((html, page) -> new HelloRenderer(html, greeting));
    registry.outputFiles(site -> {
      StringBuilder text = new StringBuilder();
      for (PageInfo page : site.pages()) {
        if (page.data(GREETS).orElse(false)) {
          text.append(page.url()).append('\n');
        }
      }
      return Map.of("hello.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    });
  }
}
