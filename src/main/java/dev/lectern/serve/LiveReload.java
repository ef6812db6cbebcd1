package dev.lectern.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent-event stream every served page listens to: {@code reload} after a good build,
 * {@code failure} (with the report) after a bad one. A tab that connects while the site is broken
 * gets the failure at once. Also the script injected into pages in serve mode, and only there.
 */
final class LiveReload {
  /** Path of the event stream, outside any site's base path in practice. */
  static final String EVENTS = "/__lectern/events";

  private static final String SCRIPT = """
      <script>(function () {
        "use strict";
        var overlay = null;
        function hide() { if (overlay) { overlay.remove(); overlay = null; } }
        function show(text) {
          hide();
          overlay = document.createElement("div");
          overlay.id = "lectern-error-overlay";
          overlay.setAttribute("role", "alert");
          overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;"
            + "background:rgba(20,20,24,.96);color:#ffd7d5;padding:2rem;font:14px/1.5 ui-monospace,monospace";
          var title = document.createElement("p");
          title.textContent = "Lectern: the last change broke the build. Fix it and save; this page reloads.";
          title.style.cssText = "color:#fff;font-weight:bold;margin:0 0 1rem";
          var pre = document.createElement("pre");
          pre.textContent = text;
          pre.style.cssText = "white-space:pre-wrap;margin:0";
          overlay.append(title, pre);
          document.body.appendChild(overlay);
        }
        var events = new EventSource("%s");
        events.addEventListener("reload", function () { location.reload(); });
        events.addEventListener("failure", function (e) { show(JSON.parse(e.data)); });
        events.addEventListener("ok", hide);
      })();</script>
      """.formatted(EVENTS);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

  /** {@code html} with the live-reload script before {@code </body>}. */
  static byte[] inject(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    int end = page.lastIndexOf("</body>");
    String withScript = end < 0 ? page + SCRIPT
        : page.substring(0, end) + SCRIPT + page.substring(end);
    return withScript.getBytes(StandardCharsets.UTF_8);
  }

  /** Keeps the exchange open as an event stream; sends {@code initial} first, if any. */
  void connect(HttpExchange exchange, String initial) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
    if (initial != null) {
      out.write(initial.getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
    clients.add(out);
  }

  /** Sends one event to every open tab, dropping tabs that have gone. */
  void send(String event) {
    byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : clients) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        clients.remove(out);
        try {
          out.close();
        } catch (IOException ignored) {
          // already gone
        }
      }
    }
  }

  /** A comment line, so dead connections are noticed and proxies keep the stream open. */
  void heartbeat() {
    send(": keep-alive\n\n");
  }

  static String reloadEvent() {
    return "event: reload\ndata: {}\n\n";
  }

  static String okEvent() {
    return "event: ok\ndata: {}\n\n";
  }

  /** The failure event: the report as one JSON string, so its line breaks survive. */
  static String failureEvent(String report) {
    try {
      return "event: failure\ndata: " + JSON.writeValueAsString(report) + "\n\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string is always JSON", e);
    }
  }

  void closeAll() {
    for (OutputStream out : clients) {
      try {
        out.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    clients.clear();
  }
}
