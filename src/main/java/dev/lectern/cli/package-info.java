/** The command line: picocli commands over the build, and the diagnostic reporter. */
package dev.lectern.cli;
