/** Emoji shortcodes ({@code :smile:}) from GitHub's table, and Material's icon shortcodes reported. */
package dev.lectern.markdown.emoji;
