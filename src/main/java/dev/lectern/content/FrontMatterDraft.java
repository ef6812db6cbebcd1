package dev.lectern.content;

import dev.lectern.content.FrontMatter.RelatedRef;
import dev.lectern.content.FrontMatter.RolePriority;
import dev.lectern.content.PageOptions.Neighbour;
import dev.lectern.content.PageOptions.Toc;
import dev.lectern.content.PageOptions.Written;
import dev.lectern.diagnostic.SourcePosition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Front matter while its keys are read: each key of {@link FrontMatterKeys} sets what it means
 * here. Other tools' keys are read before Lectern's own, so where both say the same thing,
 * Lectern's key wins.
 */
final class FrontMatterDraft {
  String title = "";
  Optional<SourcePosition> titleAt = Optional.empty();
  String description = "";
  Optional<String> slug = Optional.empty();
  Optional<Double> weight = Optional.empty();
  boolean draft;
  List<String> tags = List.of();
  Optional<LocalDate> date = Optional.empty();
  Optional<LocalDate> updated = Optional.empty();
  Optional<Level> level = Optional.empty();
  List<RolePriority> roles = List.of();
  List<RelatedRef> related = List.of();
  Optional<String> navTitle = Optional.empty();
  Optional<String> id = Optional.empty();
  List<String> keywords = List.of();
  Optional<Written> image = Optional.empty();
  boolean unlisted;
  boolean searchable = true;
  boolean searchCode;
  boolean tocShown = true;
  int tocMin = Toc.DEFAULT.minLevel();
  int tocMax = Toc.DEFAULT.maxLevel();
  boolean hideTitle;
  boolean navigation = true;
  boolean pager = true;
  boolean showUpdated = true;
  Optional<String> editUrl = Optional.empty();
  boolean editable = true;
  Neighbour previous = Neighbour.COMPUTED;
  Neighbour next = Neighbour.COMPUTED;
  List<Written> aliases = List.of();
  final Map<String, Object> params = new LinkedHashMap<>();

  /** Both ends of the table of contents' levels. */
  void tocLevels(int min, int max) {
    tocMin = min;
    tocMax = Math.max(min, max);
  }

  FrontMatter build() {
    Toc toc = new Toc(tocShown, tocMin, Math.max(tocMin, tocMax));
    PageOptions options = new PageOptions(navTitle, id, keywords, image, unlisted, searchable, searchCode, toc,
        hideTitle, navigation, pager, showUpdated, editUrl, editable, previous, next, aliases,
        titleAt, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params)));
    return new FrontMatter(title, description, slug, weight, draft, tags, date, updated, level,
        roles, related, options);
  }
}
