package dev.lectern.diagnostic;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings are reported and the build goes on. */
public enum Severity {
  ERROR,
  WARNING
}
