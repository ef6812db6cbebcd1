/** Fenced {@code :::KIND} container blocks, shared by the FAQ and quiz extensions. */
package dev.lectern.markdown.container;
