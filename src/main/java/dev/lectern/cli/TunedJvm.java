package dev.lectern.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code build}, {@code check} and {@code serve} in a second JVM started with the options
 * each wants ({@code serve}: see {@link #SERVE_OPTIONS}; the others, the options of a short
 * batch job, below), because {@code java -jar lectern.jar} cannot carry JVM options itself:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the C1 compiler only, for sites under
 *       {@link #C2_FROM_BYTES} of Markdown. On two cores the C2 compiler threads took a third of
 *       the CPU of a 1,000-page build and finished too late to pay off (cold build 12.6 s →
 *       8.1 s; later 8.4 s → 5.5 s); a 10,000-page build runs long enough for C2's code to win
 *       (42.8 s with C1 only, 37.7 s with C2).</li>
 *   <li>{@code -XX:+UseSerialGC} and a young generation sized for the site (see
 *       {@link #youngGenerationMb}): a build keeps little alive between pages, and the default
 *       collector sized the heap for the machine, not the site (peak RSS at 1,000 pages:
 *       1.4 GB with G1; 489 MB serial; 389 MB with 48 MB young, 322 MB with 16 MB).</li>
 *   <li>{@code -XX:MinHeapFreeRatio=40 -XX:MaxHeapFreeRatio=70}: the old generation grows in
 *       larger steps as a large site's documents pile up; each step was a full collection that
 *       freed nothing (10,000 pages: 9.5 s in collections instead of 11.3-12.2 s, the same peak
 *       RSS; 100 and 1,000 pages: the same RSS).</li>
 *   <li>{@code -XX:MaxRAMPercentage=75}: a heap of up to three quarters of the memory (see
 *       {@link #MAX_HEAP}), for builds and {@code serve}.</li>
 *   <li>Class-data sharing: the classes a build loads are archived on the first run, beside the
 *       jar (or in the temporary folder), and mapped in by later runs: start-up about 0.5 s
 *       shorter. The archive's name carries the jar's size and time, so a new jar makes a new
 *       one. On JDK 25 and later the archive is an ahead-of-time cache instead (JEP 483, 514,
 *       515: classes loaded and linked, and method profiles), written by the first run with
 *       {@code -XX:AOTCacheOutput} and used with {@code -XX:AOTCache}.</li>
 * </ul>
 * The first JVM only starts the second and passes on its exit code; streams are inherited.
 * {@code LECTERN_JAVA_OPTS} replaces the options; {@code LECTERN_SAME_JVM=1} turns this off.
 */
final class TunedJvm {
  static final String MARKER = "lectern.tunedJvm";
  /**
   * Up to three quarters of the machine's memory instead of the JVM's default quarter: a build
   * holds every page's Markdown and parse record, and 100,000 chapters (1.6 GB of Markdown) filled
   * a 6 GB heap on a 24 GB machine, where the collector then ran 66 full collections in 12
   * minutes (558 s of them) without finishing.
   */
  private static final String MAX_HEAP = "-XX:MaxRAMPercentage=75";
  private static final List<String> OPTIONS = List.of(
      "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70", MAX_HEAP);
  /**
   * From this much Markdown on, the C2 compiler pays for itself. Measured on the benchmark
   * corpus (16 KB a chapter): C2 cost 2.9 s more at 1,000 chapters and saved 5 s at 10,000;
   * drawn as a line, they break even near 4,300 chapters, 69 MB.
   */
  static final long C2_FROM_BYTES = 64L * 1024 * 1024;

  /**
   * {@code serve} keeps the C2 compiler (it runs long) and uses the parallel collector: under G1
   * a rebuild of the 1,000-chapter corpus after a save took a median 124 ms, 84 ms with the
   * serial collector and 68 ms with the parallel one (save to reload event: 142, 101, 84 ms).
   */
  private static final List<String> SERVE_OPTIONS = List.of("-XX:+UseParallelGC", MAX_HEAP);

  private TunedJvm() {}

  /** The first JDK whose class archive is an ahead-of-time cache. */
  static final int AOT_FROM = 25;

  /** The class archive for this jar and JDK: beside the jar, or in the temporary folder. */
  private static Path archive(Path jar) throws IOException {
    return archive(jar, Runtime.version().feature());
  }

  static Path archive(Path jar, int jdk) throws IOException {
    // One archive per JDK: an archive only maps into the JVM that wrote it.
    String name = "lectern-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis()
        + "-jdk" + jdk + (jdk >= AOT_FROM ? ".aot" : ".jsa");
    Path archive = jar.resolveSibling(name);
    return Files.isWritable(jar.getParent()) ? archive
        : Path.of(System.getProperty("java.io.tmpdir"), name);
  }

  /** The jar to run again, if this command should run in a tuned JVM and can. */
  static Optional<Path> jarFor(String[] args) {
    try {
      return jarFor(args, Path.of(TunedJvm.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** As {@link #jarFor(String[])}, for code loaded from {@code codeSource}. */
  static Optional<Path> jarFor(String[] args, Path codeSource) {
    if (System.getProperty(MARKER) != null || "1".equals(System.getenv("LECTERN_SAME_JVM"))
        || args.length == 0 || !(args[0].equals("build") || args[0].equals("check")
            || args[0].equals("serve"))) {
      return Optional.empty();
    }
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return Optional.empty();
      }
    }
    return Files.isRegularFile(codeSource) ? Optional.of(codeSource) : Optional.empty();
  }

  /** Runs {@code args} in the tuned JVM; returns its exit code. */
  static int run(Path jar, String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String custom = System.getenv("LECTERN_JAVA_OPTS");
    if (custom != null) {
      command.addAll(List.of(custom.trim().split("\\s+")));
    } else if (args[0].equals("serve")) {
      command.add("-XX:+IgnoreUnrecognizedVMOptions");
      command.addAll(SERVE_OPTIONS);
      Path archive = archive(jar);
      if (Files.isRegularFile(archive)) {
        command.addAll(useArchive(archive, Runtime.version().feature()));
      }
    } else {
      // A JVM that lacks one of the options should still run the build.
      command.add("-XX:+IgnoreUnrecognizedVMOptions");
      long markdown = markdownBytes(args);
      if (markdown < C2_FROM_BYTES) {
        command.add("-XX:TieredStopAtLevel=1");
      }
      command.addAll(OPTIONS);
      command.add("-Xmn" + youngGenerationMb(markdown) + "m");
      command.addAll(sharingOptions(archive(jar), Runtime.version().feature()));
    }
    command.add("-D" + MARKER + "=1");
    command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
    command.addAll(List.of(args));
    boolean training = command.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    if (training) {
      // The JVM tells what it does with the cache on both streams, whatever the logging.
      builder.redirectOutput(ProcessBuilder.Redirect.PIPE)
          .redirectError(ProcessBuilder.Redirect.PIPE);
    }
    Process child = builder.start();
    // Stopping this JVM stops the one doing the work (a server would keep its port otherwise).
    Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
    List<Thread> copiers = training
        ? List.of(copyWithoutAotNotes(child.getInputStream(), System.out),
            copyWithoutAotNotes(child.getErrorStream(), System.err))
        : List.of();
    try {
      int exit = child.waitFor();
      for (Thread copier : copiers) {
        copier.join();
      }
      return exit;
    } catch (InterruptedException e) {
      child.destroy();
      throw e;
    }
  }

  /** Copies one of the child's streams, less the JVM's lines about writing its AOT cache. */
  private static Thread copyWithoutAotNotes(java.io.InputStream from, java.io.PrintStream to) {
    Thread copier = new Thread(() -> {
      try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
          from, java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!isAotNote(line)) {
            to.println(line);
          }
        }
      } catch (IOException e) {
        // the child is gone; nothing more to copy
      }
    });
    copier.setDaemon(true);
    copier.start();
    return copier;
  }

  static boolean isAotNote(String line) {
    String s = line.strip();
    return s.startsWith("AOTConfiguration recorded") || s.startsWith("Reading AOTConfiguration")
        || s.startsWith("Temporary AOTConfiguration recorded")
        || s.startsWith("AOTCache creation is complete")
        || s.startsWith("Removed temporary AOT configuration file")
        || s.startsWith("Launching child process") && s.contains("AOT cache")
        || s.startsWith("Picked up JAVA_TOOL_OPTIONS") && s.contains("-XX:AOTMode=create");
  }

  /**
   * Four times the size of the site's Markdown in MB, from 8 to 64: a larger young generation
   * means fewer collections, a smaller one less memory. Measured: 100 chapters (1.6 MB) peak RSS
   * 125 MB with 32 MB, 104 MB with 8 MB at the same speed; 1,000 chapters (16 MB), five
   * alternating runs, median wall 4.80 s with 32 MB and 4.45 s with 64 MB, for 20 MB more RSS.
   */
  static int youngGenerationMb(long markdownBytes) {
    return (int) Math.max(8, Math.min(64, 4 * markdownBytes / (1024 * 1024)));
  }

  /** The size of the Markdown in the site's content folder (0 if it cannot be read). */
  static long markdownBytes(String[] args) {
    String source = ".";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--source") && i + 1 < args.length) {
        source = args[i + 1];
      } else if (args[i].startsWith("--source=")) {
        source = args[i].substring("--source=".length());
      }
    }
    Path content = Path.of(source).resolve(contentDir(Path.of(source)));
    if (!Files.isDirectory(content)) {
      return 0;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(content)) {
      return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx"))
          .mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * The content folder the configuration names ({@code content_dir} of site.yml, else
   * {@code docs_dir} of mkdocs.yml), found by a glance at the file: this JVM only starts the
   * other, and should not load a YAML parser for that.
   */
  static String contentDir(Path source) {
    for (String[] file : new String[][] {{"site.yml", "content_dir", "content"},
        {"mkdocs.yml", "docs_dir", "docs"}, {"mkdocs.yaml", "docs_dir", "docs"}}) {
      Path config = source.resolve(file[0]);
      if (Files.isRegularFile(config)) {
        try (java.util.stream.Stream<String> lines = Files.lines(config)) {
          return lines.filter(l -> l.startsWith(file[1] + ":"))
              .map(l -> l.substring(file[1].length() + 1).replaceAll("\\s+#.*$", "").strip()
                  .replaceAll("^['\"]|['\"]$", ""))
              .filter(v -> !v.isEmpty()).findFirst().orElse(file[2]);
        } catch (IOException | RuntimeException e) {
          return file[2];
        }
      }
    }
    return "content";
  }

  /** Use the class archive if there is one; otherwise write it at exit. */
  static List<String> sharingOptions(Path archive, int jdk) {
    if (Files.isRegularFile(archive)) {
      return useArchive(archive, jdk);
    }
    return jdk >= AOT_FROM
        ? List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off")
        : List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            "-XX:ArchiveClassesAtExit=" + archive);
  }

  private static List<String> useArchive(Path archive, int jdk) {
    return jdk >= AOT_FROM
        ? List.of("-XX:AOTCache=" + archive, "-Xlog:aot=off", "-Xlog:cds=off")
        : List.of("-Xshare:auto", "-Xlog:cds=off", "-XX:SharedArchiveFile=" + archive);
  }
}
