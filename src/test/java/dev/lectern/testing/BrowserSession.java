package dev.lectern.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A headless Chromium driven through its chromedriver, looking at a site served over HTTP on
 * 127.0.0.1, for browser tests. Shared by every browser test: copy this file unchanged.
 *
 * <p>The browser is the system's own ({@code chromium} and {@code chromedriver} on the
 * {@code PATH}, or the executables named by {@code LECTERN_CHROMIUM} and
 * {@code LECTERN_CHROMEDRIVER}); nothing is ever downloaded. Without them, {@link #open} skips
 * the calling test class with one message, unless {@code LECTERN_REQUIRE_BROWSER=1} (set by CI)
 * turns that into a failure. Open one session per test class ({@code @BeforeAll}) and close it in
 * {@code @AfterAll}: starting Chromium is the slow part.
 *
 * <p>The site is served from memory (a build's output tree) or from a folder, under its base
 * path, with the rules of GitHub Pages: {@code dir/} serves {@code dir/index.html}, {@code dir}
 * redirects to {@code dir/}, and a missing file gets {@code 404.html} with status 404.
 */
public final class BrowserSession implements AutoCloseable {
  /** Why browser tests are skipped; printed once per run. */
  public static final String MISSING = "no Chromium found: install Debian's chromium and "
      + "chromium-driver packages (or set LECTERN_CHROMIUM and LECTERN_CHROMEDRIVER)";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static boolean skipReported;

  private final HttpServer server;
  private final ChromeDriver driver;
  private final Path profile;
  private final String origin;
  private final String basePath;

  private BrowserSession(HttpServer server, ChromeDriver driver, Path profile, String basePath) {
    this.server = server;
    this.driver = driver;
    this.profile = profile;
    this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
    this.basePath = basePath;
  }

  /**
   * Serves {@code files} (site-relative path to bytes, as a build's output tree holds them) under
   * {@code basePath} (such as {@code /lectern/}) and opens a browser at a 1280×900 viewport.
   */
  public static BrowserSession open(Map<String, byte[]> files, String basePath) {
    return open(path -> Optional.ofNullable(files.get(path)), basePath);
  }

  /** Serves the files of the folder {@code site} under {@code basePath}; see the other open. */
  public static BrowserSession open(Path site, String basePath) {
    return open(path -> {
      Path file = site.resolve(path).normalize();
      try {
        return file.startsWith(site) && Files.isRegularFile(file)
            ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, basePath);
  }

  private static BrowserSession open(Function<String, Optional<byte[]>> files, String basePath) {
    Optional<Path> browser = executable("LECTERN_CHROMIUM", "chromium", "chromium-browser");
    Optional<Path> chromedriver = executable("LECTERN_CHROMEDRIVER", "chromedriver");
    if (browser.isEmpty() || chromedriver.isEmpty()) {
      if ("1".equals(System.getenv("LECTERN_REQUIRE_BROWSER"))) {
        Assertions.fail("Browser tests are required (LECTERN_REQUIRE_BROWSER=1), but " + MISSING);
      }
      synchronized (BrowserSession.class) {
        if (!skipReported) {
          skipReported = true;
          System.err.println("Browser tests skipped: " + MISSING);
        }
      }
      Assumptions.abort("Browser tests skipped: " + MISSING);
    }
    // Selenium logs a warning for every CDP version it has no bindings for; we use none.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    HttpServer server = serve(files, basePath);
    Path profile = null;
    try {
      profile = Files.createTempDirectory("lectern-browser");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(browser.get().toFile());
      // Without the background-networking flags, Chromium's own update and sync requests fail
      // loudly on machines without internet access.
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
          "--window-size=1280,900", "--user-data-dir=" + profile);
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort()
          .withLogOutput(OutputStream.nullOutputStream()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30))
          .scriptTimeout(Duration.ofSeconds(10));
      BrowserSession session = new BrowserSession(server, driver, profile, basePath);
      session.viewport(1280, 900, false).colorScheme("");
      return session;
    } catch (IOException | RuntimeException e) {
      server.stop(0);
      deleteTree(profile);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** The executable named by the environment variable, else the first name found on the PATH. */
  private static Optional<Path> executable(String variable, String... names) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static HttpServer serve(Function<String, Optional<byte[]>> files, String basePath) {
    try {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        try (exchange) {
          respond(exchange, files, basePath);
        }
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void respond(HttpExchange exchange, Function<String, Optional<byte[]>> files,
      String basePath) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    Optional<byte[]> body = Optional.empty();
    String file = "";
    if (path.startsWith(basePath)) {
      file = path.substring(basePath.length());
      if (file.isEmpty() || file.endsWith("/")) {
        file += "index.html";
      } else if (files.apply(file).isEmpty() && files.apply(file + "/index.html").isPresent()) {
        exchange.getResponseHeaders().set("Location", path + "/");
        exchange.sendResponseHeaders(301, -1);
        return;
      }
      body = file.contains("..") ? Optional.empty() : files.apply(file);
    }
    int status = 200;
    if (body.isEmpty()) {
      status = 404;
      file = "404.html";
      body = Optional.of(files.apply(file).orElse("Not found".getBytes(StandardCharsets.UTF_8)));
    }
    exchange.getResponseHeaders().set("Content-Type", contentType(file));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.get().length);
    if (!head) {
      exchange.getResponseBody().write(body.get());
    }
  }

  private static String contentType(String file) {
    String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "html" -> "text/html; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "js", "mjs" -> "text/javascript; charset=utf-8";
      case "json" -> "application/json";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      case "webp" -> "image/webp";
      case "xml" -> "application/xml";
      case "woff2" -> "font/woff2";
      default -> "text/plain; charset=utf-8";
    };
  }

  /** The driver, for anything the helpers below do not cover. */
  public ChromeDriver driver() {
    return driver;
  }

  /** The absolute URL of a site-relative path ({@code ""} is the home page). */
  public String url(String sitePath) {
    return origin + basePath + sitePath;
  }

  /** Loads a site-relative path and waits for its load event (deferred scripts have run). */
  public BrowserSession get(String sitePath) {
    driver.get(url(sitePath));
    return this;
  }

  /** Reloads the current page. */
  public BrowserSession reload() {
    driver.navigate().refresh();
    return this;
  }

  /**
   * Sets the viewport to exactly {@code width}×{@code height} CSS pixels; {@code touch} also
   * emulates a phone (touch events, no hover, the mobile viewport rules).
   */
  public BrowserSession viewport(int width, int height, boolean touch) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", height, "deviceScaleFactor", 1, "mobile", touch));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled",
        touch ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    return this;
  }

  /**
   * Emulates {@code prefers-color-scheme}: {@code "light"}, {@code "dark"}, or "" for none. The
   * session always emulates {@code prefers-reduced-motion: reduce}, so that smooth scrolling and
   * transitions never race a test's next step.
   */
  public BrowserSession colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", scheme),
            Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    return this;
  }

  /** Lets pages of this site read and write the clipboard without asking. */
  public BrowserSession grantClipboard() {
    driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    return this;
  }

  /** Forgets this site's localStorage and sessionStorage (the current page must be of it). */
  public BrowserSession clearStorage() {
    js("localStorage.clear(); sessionStorage.clear();");
    return this;
  }

  /** Runs a script in the page ({@code arguments[0]}… are the arguments) and returns its value. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs a script that ends by calling {@code arguments[arguments.length - 1]} with a value. */
  public Object jsAsync(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  /** The first element matching a CSS selector; fails the test when there is none. */
  public WebElement find(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    Assertions.assertFalse(found.isEmpty(), "no element matches " + css + " on "
        + driver.getCurrentUrl());
    return found.get(0);
  }

  /** Every element matching a CSS selector. */
  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Clicks an element as a reader would: scrolled to the middle of the viewport first, so that
   * sticky headers never cover it.
   */
  public BrowserSession click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    element.click();
    return this;
  }

  /** Clicks the first element matching a CSS selector; see {@link #click(WebElement)}. */
  public BrowserSession click(String css) {
    return click(find(css));
  }

  /**
   * Whether an element is rendered where the reader can see it: it has a size, and neither CSS
   * ({@code display}, {@code visibility}, {@code content-visibility}) nor a closed
   * {@code <details>} hides it. Opacity is not considered. Unlike {@code WebElement.isDisplayed},
   * this follows what the browser renders (a closed details whose content CSS shows counts).
   */
  public boolean isVisible(WebElement element) {
    return Boolean.TRUE.equals(js("var e = arguments[0], r = e.getBoundingClientRect();"
        + "return r.width > 0 && r.height > 0 && e.checkVisibility({visibilityProperty: true});",
        element));
  }

  /** Whether any element matching a CSS selector is visible; see {@link #isVisible(WebElement)}. */
  public boolean isVisible(String css) {
    return findAll(css).stream().anyMatch(this::isVisible);
  }

  /** The focused element. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Whether the focused element is the first one matching a CSS selector. */
  public boolean isFocused(String css) {
    return Boolean.TRUE.equals(js("return document.activeElement === document.querySelector("
        + "arguments[0]);", css));
  }

  /** Presses keys, as the reader would, on whatever has the focus. */
  public BrowserSession press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Presses a key with Control (or another modifier) held down. */
  public BrowserSession chord(Keys modifier, CharSequence key) {
    new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    return this;
  }

  /** Waits up to ten seconds for a condition, then fails with its description. */
  public void waitUntil(String description, BooleanSupplier condition) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        Assertions.fail("timed out waiting until " + description + " on "
            + driver.getCurrentUrl());
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        Assertions.fail("interrupted waiting until " + description);
      }
    }
  }

  /** Messages the page logged at level SEVERE (script errors, failed requests) since last asked. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(e -> e.getMessage()).toList();
  }

  /** A PNG of the viewport. */
  public byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.stop(0);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless; the tests' result does not depend on it.
    }
  }
}
