/** The pipeline: {@link dev.lectern.pipeline.Build} runs every stage in order (load, parse, assemble, render, check, write). */
package dev.lectern.pipeline;
