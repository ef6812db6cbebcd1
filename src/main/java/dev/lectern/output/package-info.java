/** The write stage: the built site as an in-memory tree, written atomically. */
package dev.lectern.output;
