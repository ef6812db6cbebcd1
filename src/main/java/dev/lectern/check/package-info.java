/** The check stage: Lectern's own output, linted with jsoup before anything is written. */
package dev.lectern.check;
