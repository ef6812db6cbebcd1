package dev.lectern.api;

/**
 * A plug-in of Lectern, found with {@link java.util.ServiceLoader}: list the implementing class
 * in {@code META-INF/services/dev.lectern.api.LecternExtension}. It needs a public no-argument
 * constructor. One instance serves every build of a process, from several threads.
 */
public interface LecternExtension {

  /**
   * The extension's name: lower-case letters, digits and '-', starting with a letter. Its
   * settings live under this key in {@code site.yml}; two extensions may not share a name.
   */
  String name();

  /**
   * The version of the extension's behaviour. Lectern keeps results between builds keyed by it:
   * change it whenever the same input would give a different output.
   */
  default String version() {
    return "1";
  }

  /** Adds what the extension contributes; called once per build configuration. */
  void register(Registry registry);
}
