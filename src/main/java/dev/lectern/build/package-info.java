/** The pipeline: {@link dev.lectern.build.Build} runs every stage in order. */
package dev.lectern.build;
