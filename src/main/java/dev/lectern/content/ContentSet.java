package dev.lectern.content;

import java.util.List;

/** Everything loaded from {@code content/}: pages (drafts already left out unless wanted) and static files. */
public record ContentSet(List<SourcePage> pages, List<StaticFile> staticFiles) {}
