package dev.lectern.markdown;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;

/** Renders the marker nodes that carry data for other parts ({@link HeadingId}) as nothing. */
final class EmptyRenderer implements NodeRenderer {
  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(HeadingId.class, HeadingIdProcessor.DuplicateId.class,
        TitleHeadings.Demoted.class, TitleHeadings.Title.class);
  }

  @Override
  public void render(Node node) {
    // Intentionally empty: these nodes only carry data.
  }
}
