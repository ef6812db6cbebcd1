package dev.lectern.check;

import dev.lectern.diagnostic.SourcePosition;
import java.util.List;

/** What the checks need to know of one output page for the checks across pages. */
record PageFacts(SourcePosition source, String title, List<String> questions) {}
