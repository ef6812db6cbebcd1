/** Definition lists: a block parser for definitions, a post-processor making the lists. */
package dev.lectern.markdown.deflist;
