/** The render stage: Pebble layouts fed with typed views of the site and its pages. */
package dev.lectern.render;
