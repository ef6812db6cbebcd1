/** pymdownx.blocks' generic {@code ///} blocks: parser, node and the fallback for unknown names. */
package dev.lectern.markdown.blocks;
