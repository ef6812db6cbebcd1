package dev.lectern.check;

import java.util.List;
import java.util.Map;

/** A page's broken links: each link with its problem (message, hint). */
record LinkVerdicts(List<Map.Entry<PageFacts.PageLink, String[]>> broken) {}
