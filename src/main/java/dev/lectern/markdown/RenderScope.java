package dev.lectern.markdown;

import dev.lectern.api.RenderContext;
import java.util.Optional;
import org.commonmark.node.Node;

/** What one render of one page knows beyond the API's view: where its links point. */
public interface RenderScope extends RenderContext {

  /** The site URL a link or image node was resolved to, if it was rewritten. */
  Optional<String> linkUrl(Node node);
}
