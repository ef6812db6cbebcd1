/** Attribute lists ({@code { #id .class key=value }}): parser, safety filter, node and renderer. */
package dev.lectern.markdown.attributes;
