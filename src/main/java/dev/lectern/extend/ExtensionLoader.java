package dev.lectern.extend;

import dev.lectern.api.LecternExtension;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.CodeVersion;
import dev.lectern.memo.Digester;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds third-party extensions: those on Lectern's own classpath, and those in the jars a site
 * lists under {@code extensions:} in site.yml (paths inside the site's folder only). A missing,
 * outside or broken jar is an error at its line. Each is found with {@link ServiceLoader}.
 */
public final class ExtensionLoader {
  /** Class loaders of site jars by the jar's fingerprint: one per jar content and process. */
  private static final Map<dev.lectern.memo.Fingerprint, ClassLoader> LOADERS =
      new ConcurrentHashMap<>();

  private ExtensionLoader() {}

  /** The extensions on Lectern's own classpath, sorted by name. */
  public static List<LecternExtension> onClasspath() {
    List<Registrar.Loaded> found = new ArrayList<>();
    addFrom(ExtensionLoader.class.getClassLoader(), null, SourcePosition.of("the classpath"),
        found, new Diagnostics());
    return found.stream().map(Registrar.Loaded::extension).toList();
  }

  /** The classpath's extensions, then the site's, each group sorted by name. */
  public static List<Registrar.Loaded> load(Path sourceRoot, SiteConfig config,
      Diagnostics out) {
    List<Registrar.Loaded> found = new ArrayList<>();
    ClassLoader own = ExtensionLoader.class.getClassLoader();
    addFrom(own, null, SourcePosition.of("the classpath"), found, out);
    for (SiteConfig.ExtensionJar jar : config.extensions()) {
      loadJar(sourceRoot, jar, found, out);
    }
    return found;
  }

  private static void loadJar(Path sourceRoot, SiteConfig.ExtensionJar jar,
      List<Registrar.Loaded> found, Diagnostics out) {
    Path root = sourceRoot.toAbsolutePath().normalize();
    Path file = root.resolve(jar.path()).normalize();
    if (!file.startsWith(root)) {
      out.error(jar.position(), "extension jar '" + jar.path() + "' is outside the site's folder",
          "copy the jar into the site, e.g. lib/, and list it as lib/NAME.jar");
      return;
    }
    if (!Files.isRegularFile(file)) {
      out.error(jar.position(), "extension jar '" + jar.path() + "' does not exist",
          "build the extension and copy its jar to " + jar.path());
      return;
    }
    try (java.util.jar.JarFile check = new java.util.jar.JarFile(file.toFile())) {
      check.size();
    } catch (IOException e) {
      out.error(jar.position(), "extension jar '" + jar.path() + "' is not a jar file ("
          + e.getMessage() + ")", "rebuild the extension and copy its jar again");
      return;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      dev.lectern.memo.Fingerprint code = Digester.ofBytes(bytes);
      ClassLoader loader = LOADERS.computeIfAbsent(code, fp -> open(copy(bytes, fp)));
      Diagnostics own = new Diagnostics();
      int before = found.size();
      addFrom(loader, code, jar.position(), found, own);
      own.sorted().forEach(out::add);
      if (found.size() == before && !own.hasErrors()) {
        out.error(jar.position(), "'" + jar.path() + "' holds no Lectern extension",
            "list the extension class in META-INF/services/dev.lectern.api.LecternExtension");
      }
    } catch (IOException | RuntimeException e) {
      out.error(jar.position(), "extension jar '" + jar.path() + "' cannot be read: " + e,
          "rebuild the jar");
    }
  }

  /**
   * A private copy of the jar's bytes, by their fingerprint: its class loader serves the whole
   * process, and the site's file may change or go away meanwhile (classes load lazily).
   */
  private static Path copy(byte[] bytes, dev.lectern.memo.Fingerprint code) {
    try {
      Path copy = Files.createTempFile("lectern-extension-" + code.hex(), ".jar");
      copy.toFile().deleteOnExit();
      Files.write(copy, bytes);
      return copy;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ClassLoader open(Path file) {
    try {
      return new URLClassLoader(new URL[] {file.toUri().toURL()},
          ExtensionLoader.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Adds the extensions {@code loader} itself provides (not its parents'), sorted by name.
   *
   * @param code the code's fingerprint, or null to take the class's own location
   */
  private static void addFrom(ClassLoader loader, dev.lectern.memo.Fingerprint code,
      SourcePosition origin, List<Registrar.Loaded> found, Diagnostics out) {
    List<Registrar.Loaded> here = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<LecternExtension> p
          : ServiceLoader.load(LecternExtension.class, loader).stream().toList()) {
        if (p.type().getClassLoader() != loader) {
          continue;
        }
        LecternExtension ext = p.get();
        here.add(new Registrar.Loaded(ext, origin,
            code != null ? code : CodeVersion.of(p.type())));
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      out.error(origin, "an extension could not be loaded: " + e.getMessage(),
          "check that the jar was built for this version of Lectern");
    }
    here.sort(Comparator.comparing(l -> String.valueOf(l.extension().name())));
    found.addAll(here);
  }
}
