/**
 * The Lectern Maven plugin: goals {@code build} and {@code check}, which run Lectern's pipeline
 * in Maven's JVM. Only {@link dev.lectern.maven.LecternPipeline} calls Lectern.
 */
package dev.lectern.maven;
