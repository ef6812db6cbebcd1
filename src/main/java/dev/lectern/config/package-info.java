/** The site configuration ({@code site.yml}): typed, validated up front. */
package dev.lectern.config;
