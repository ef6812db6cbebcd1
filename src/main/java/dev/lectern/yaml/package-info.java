/** YAML with source positions, and typed, error-collecting reading of its mappings. */
package dev.lectern.yaml;
