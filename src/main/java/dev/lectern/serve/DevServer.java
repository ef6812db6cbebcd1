package dev.lectern.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.output.OutputTree;
import dev.lectern.render.PageRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The development server: serves the session's in-memory site at its base path, streams
 * live-reload events, and rebuilds when the watcher reports a change. Started with
 * {@link #start}; {@link #close} stops everything.
 */
public final class DevServer implements AutoCloseable {
  private final HttpServer http;
  private final DevSession session;
  private final LiveReload reload = new LiveReload();
  private final SiteWatcher watcher;
  private final ExecutorService requests = Executors.newCachedThreadPool(daemon("lectern-http"));
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(daemon("lectern-heartbeat"));
  private final Thread watching;
  private final AllowedHosts allowedHosts;
  private final PrintStream log;
  private final Set<String> refusedHosts = ConcurrentHashMap.newKeySet();

  private DevServer(BuildOptions options, String host, int port, List<String> allowedHosts,
      PrintStream log) throws IOException {
    this.log = log;
    this.session = new DevSession(options, reload, log);
    session.build();
    this.watcher = new SiteWatcher(options.source().toAbsolutePath().normalize());
    this.http = HttpServer.create(new InetSocketAddress(host, port), 64);
    this.allowedHosts = new AllowedHosts(host, http.getAddress(), allowedHosts);
    http.createContext("/", this::handle);
    http.setExecutor(requests);
    http.start();
    heartbeat.scheduleAtFixedRate(reload::heartbeat, 15, 15, TimeUnit.SECONDS);
    this.watching = daemon("lectern-watch").newThread(() -> watcher.run(session::rebuild));
    watching.start();
  }

  /** Builds the site and starts serving it on {@code host:port} (port 0: any free port). */
  public static DevServer start(BuildOptions options, String host, int port, PrintStream log)
      throws IOException {
    return start(options, host, port, List.of(), log);
  }

  /**
   * As {@link #start(BuildOptions, String, int, PrintStream)}, also answering requests whose
   * {@code Host} is one of {@code allowedHosts} (names from {@code --allowed-host}).
   */
  public static DevServer start(BuildOptions options, String host, int port,
      List<String> allowedHosts, PrintStream log) throws IOException {
    return new DevServer(options, host, port, allowedHosts, log);
  }

  /**
   * Why {@code name} cannot be given to {@code --allowed-host}, or empty if it can.
   */
  public static Optional<String> allowedHostProblem(String name) {
    return AllowedHosts.problemWith(name);
  }

  /** The URL of the site's home page on this server. */
  public URI url() {
    InetSocketAddress address = http.getAddress();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + session.state().basePath());
  }

  /** True if the first build succeeded. */
  public boolean built() {
    return session.state().failure() == null;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String refusal = allowedHosts.refusal(exchange.getRequestHeaders().get("Host"));
    if (refusal != null) {
      try (exchange) {
        // Said once per Host, so that a container's user sees why; a flood is not echoed.
        if (refusedHosts.size() < 20
            && refusedHosts.add(String.valueOf(exchange.getRequestHeaders().get("Host")))) {
          log.println("lectern: refused a request: " + refusal);
        }
        send(exchange, 403, "text/plain; charset=utf-8",
            bytes("403 Forbidden: " + refusal + "\n"));
      }
      return;
    }
    try {
      String rawPath = exchange.getRequestURI().getRawPath();
      if (LiveReload.EVENTS.equals(rawPath)) {
        DevSession.State state = session.state();
        reload.connect(exchange, state.failure() == null ? null
            : LiveReload.failureEvent(state.failure()));
        return;  // the stream stays open
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
        return;
      }
      serve(exchange, rawPath);
    } finally {
      if (!LiveReload.EVENTS.equals(exchange.getRequestURI().getRawPath())) {
        exchange.close();
      }
    }
  }

  private void serve(HttpExchange exchange, String rawPath) throws IOException {
    DevSession.State state = session.state();
    String base = state.basePath();
    if (state.tree() == null) {
      send(exchange, 500, "text/html; charset=utf-8", LiveReload.inject(bytes(
          "<!DOCTYPE html><html lang=en><title>Build failed</title><body></body></html>")));
      return;
    }
    if (!base.equals("/") && ("/".equals(rawPath) || base.equals(rawPath + "/"))) {
      redirect(exchange, base);
      return;
    }
    Optional<String> rel = RequestPaths.relative(rawPath, base);
    if (rel.isEmpty()) {
      notFound(exchange, state.tree());
      return;
    }
    String path = rel.get();
    OutputTree tree = state.tree();
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    if (tree.get(file) == null && tree.get(path + "/index.html") != null) {
      redirect(exchange, rawPath + "/");
      return;
    }
    if (tree.get(file) == null && tree.get(path + ".html") != null) {
      file = path + ".html";
    }
    byte[] body = tree.get(file);
    if (body == null) {
      notFound(exchange, tree);
      return;
    }
    String type = RequestPaths.contentType(file);
    send(exchange, 200, type, type.startsWith("text/html") ? LiveReload.inject(body) : body);
  }

  private void notFound(HttpExchange exchange, OutputTree tree) throws IOException {
    byte[] page = tree.get(PageRenderer.NOT_FOUND_FILE);
    if (page == null) {
      send(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"));
    } else {
      send(exchange, 404, "text/html; charset=utf-8", LiveReload.inject(page));
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(301, -1);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    watching.interrupt();
    heartbeat.shutdownNow();
    reload.closeAll();
    http.stop(0);
    requests.shutdownNow();
  }
}
