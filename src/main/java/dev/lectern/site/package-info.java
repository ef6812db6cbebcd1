/** The assemble stage: the site model (pages at URLs, sections, reading order) built from parsed content. */
package dev.lectern.site;
