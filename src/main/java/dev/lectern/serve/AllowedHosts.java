package dev.lectern.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guard against DNS rebinding: a page on {@code evil.example} whose name is made to resolve
 * to 127.0.0.1 could otherwise read the development server through the reader's browser. The
 * browser still sends {@code Host: evil.example}, so only requests whose {@code Host} names this
 * server are answered: the address it listens on, {@code localhost}, {@code 127.0.0.1} and
 * {@code [::1]}, and the names given with {@code --allowed-host}, each with the server's port.
 * (Vite and webpack-dev-server close the same hole the same way.)
 */
final class AllowedHosts {
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
  private static final Pattern NAME = Pattern.compile("[a-z0-9_.-]+|\\[[0-9a-f:.]+]");

  /** Names and literal addresses, lower-case, IPv6 in brackets in one canonical form. */
  private final Set<String> names = new HashSet<>();
  /** The same as given, for messages. */
  private final Set<String> shown = new LinkedHashSet<>();
  private final int port;

  /**
   * @param listenHost the address the server was asked to listen on, as given ({@code --host})
   * @param bound the address it is bound to (with the port picked, if it was 0)
   * @param extra more names, from {@code --allowed-host}
   */
  AllowedHosts(String listenHost, InetSocketAddress bound, Collection<String> extra) {
    this.port = bound.getPort();
    List<String> given = new ArrayList<>(LOOPBACK);
    given.add(bracketed(listenHost));
    given.addAll(extra.stream().map(name -> bracketed(name.trim())).toList());
    for (String name : given) {
      if (names.add(canonical(name))) {
        shown.add(name.toLowerCase(Locale.ROOT));
      }
    }
    names.add(canonical(bracketed(bound.getAddress().getHostAddress())));
  }

  /**
   * Why a name given with {@code --allowed-host} cannot be used, or empty if it can: a host
   * name or an IP address, without a port or a scheme.
   */
  static Optional<String> problemWith(String name) {
    String n = bracketed(name.trim()).toLowerCase(Locale.ROOT);
    if (!NAME.matcher(n).matches()) {
      return Optional.of("'" + name + "' is not a host name or an IP address; give a name "
          + "without scheme, port or path, e.g. --allowed-host docs.internal");
    }
    return Optional.empty();
  }

  /**
   * Null if a request with these {@code Host} headers may be answered, else the one-line reason
   * to send with the 403.
   */
  String refusal(List<String> hostHeaders) {
    if (hostHeaders == null || hostHeaders.size() != 1) {
      return "this server answers only requests with one Host header (" + allowedList() + ")";
    }
    String host = hostHeaders.get(0).trim();
    if (allows(host)) {
      return null;
    }
    String name = nameOf(host);
    return "Host '" + host + "' is not this server: it answers only for " + allowedList()
        + ", as a guard against DNS rebinding; to reach it by that name, restart it with "
        + "--allowed-host " + (name.isEmpty() ? "NAME" : name);
  }

  private boolean allows(String host) {
    String name = nameOf(host);
    String rest = host.substring(Math.min(host.length(), name.length()));
    int requested;
    if (rest.isEmpty()) {
      requested = 80;  // clients leave out the default port
    } else if (rest.matches(":\\d{1,5}")) {
      requested = Integer.parseInt(rest.substring(1));
    } else {
      return false;
    }
    return requested == port && !name.isEmpty() && names.contains(canonical(name));
  }

  /** The name part of a Host value: {@code [::1]} of {@code [::1]:8000}, a of {@code a:80}. */
  private static String nameOf(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? "" : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private String allowedList() {
    return String.join(", ", shown) + " on port " + port;
  }

  private static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * Lower-case, without a final dot; literal addresses in one form, so {@code [::1]} and
   * {@code [0:0:0:0:0:0:0:1]} are the same. Names are never looked up.
   */
  private static String canonical(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    boolean v6 = n.startsWith("[") && n.endsWith("]") && NAME.matcher(n).matches();
    if (v6 || IPV4.matcher(n).matches()) {
      try {
        // A literal address is parsed, never resolved.
        String literal = InetAddress.getByName(v6 ? n.substring(1, n.length() - 1) : n)
            .getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
      } catch (UnknownHostException e) {
        return n;
      }
    }
    return n;
  }
}
