/** Code blocks: info strings, highlighting at parse time, and their HTML. */
package dev.lectern.markdown.code;
