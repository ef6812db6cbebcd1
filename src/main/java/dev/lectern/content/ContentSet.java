package dev.lectern.content;

import java.util.List;

/**
 * Everything loaded from {@code content/}: pages (drafts already left out unless wanted), static
 * files, and the content paths of every Markdown file, drafts included (what {@code related} may
 * name).
 */
public record ContentSet(List<SourcePage> pages, List<StaticFile> staticFiles,
    java.util.Set<String> markdownPaths) {}
