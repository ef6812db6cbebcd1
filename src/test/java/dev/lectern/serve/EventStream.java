package dev.lectern.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A minimal server-sent-events client over a raw socket, for tests. */
final class EventStream implements AutoCloseable {
  private final Socket socket;
  private final BufferedReader in;

  EventStream(URI server) throws IOException {
    socket = new Socket(server.getHost(), server.getPort());
    socket.setSoTimeout(20_000);
    socket.getOutputStream().write(("GET " + LiveReload.EVENTS + " HTTP/1.1\r\nHost: "
        + server.getHost() + ":" + server.getPort() + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    // Wait for the stream's first line ("retry: …"), so the server counts this client.
    while (!next().startsWith("retry:")) {
      // headers and chunk sizes
    }
  }

  private String next() throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException("the event stream closed");
    }
    return line;
  }

  /** The next named event and its data line, as "name data", skipping comments. */
  String nextEvent() throws IOException {
    try {
      while (true) {
        String line = next();
        if (line.startsWith("event: ")) {
          String name = line.substring("event: ".length());
          String data = next();
          while (!data.startsWith("data: ")) {
            data = next();
          }
          return name + " " + data.substring("data: ".length());
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no event within 20 s", e);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
