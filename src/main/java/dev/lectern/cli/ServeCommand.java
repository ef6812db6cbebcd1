package dev.lectern.cli;

import dev.lectern.serve.DevServer;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lectern serve}: builds the site in memory, serves it on the loopback interface at the
 * base URL's path, and rebuilds and reloads open tabs whenever a file changes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the site with live reload while you edit it. Nothing is written.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand LecternCommand parent;

  @Mixin SiteOptions site;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "Port to listen on (default 8000; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Interface to listen on (default 127.0.0.1, this machine only).")
  String host;

  @Option(names = "--open", description = "Open the site in the default browser.")
  boolean open;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "Also answer requests for this host name (repeatable); by default only "
          + "the --host address, localhost, 127.0.0.1 and [::1] are answered.")
  List<String> allowedHosts = new java.util.ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    for (String name : allowedHosts) {
      var problem = DevServer.allowedHostProblem(name);
      if (problem.isPresent()) {
        parent.err.println("lectern: --allowed-host: " + problem.get());
        return Main.USAGE;
      }
    }
    DevServer server;
    try {
      server = DevServer.start(site.toBuildOptions(null).withoutFingerprints(), host, port,
          allowedHosts, parent.out);
    } catch (BindException e) {
      parent.err.println("lectern: cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + "; pick another with --port");
      return Main.BUILD_FAILED;
    } catch (IOException e) {
      parent.err.println("lectern: cannot serve: " + e.getMessage());
      return Main.BUILD_FAILED;
    }
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      parent.err.println("lectern: listening on " + host + ": other machines may reach this "
          + "server; it answers requests for " + host + ", localhost and the names given with "
          + "--allowed-host");
    }
    parent.out.println("Serving " + server.url() + (server.built() ? ""
        : " (the build failed: the browser shows why)"));
    parent.out.println("Watching site.yml, content/, templates/ and assets/. Press Ctrl+C to stop.");
    if (open) {
      openBrowser(server.url().toString());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException ignored) {
        // stopping anyway
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  private void openBrowser(String url) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
        : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      parent.err.println("lectern: could not open a browser (" + e.getMessage() + "); visit " + url);
    }
  }
}
