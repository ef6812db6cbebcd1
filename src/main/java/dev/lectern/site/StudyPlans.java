package dev.lectern.site;

import dev.lectern.config.SiteConfig.Role;
import dev.lectern.content.FrontMatter.RolePriority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A study plan per role declared in site.yml, published at {@code roles/ID/}: the chapters whose
 * front matter names the role, by priority (1 first), then in reading order.
 */
public final class StudyPlans {
  /** The folder of the plan pages below the site root. */
  public static final String FOLDER = "roles/";

  private StudyPlans() {}

  /** A chapter of a plan and how much it matters to the role (1 = essential). */
  public record Entry(Page page, int priority) {}

  /** The plan of one role. */
  public record StudyPlan(Role role, String sitePath, List<Entry> entries) {
    public String outputFile() {
      return Urls.outputFile(sitePath);
    }
  }

  public static List<StudyPlan> of(Site site) {
    List<StudyPlan> plans = new ArrayList<>();
    for (Role role : site.config().roles()) {
      List<Entry> entries = new ArrayList<>();
      List<Page> chapters = site.chapters();
      for (Page page : chapters) {
        for (RolePriority rp : page.meta().roles()) {
          if (rp.role().equals(role.id())) {
            entries.add(new Entry(page, rp.priority()));
          }
        }
      }
      entries.sort(Comparator.comparingInt(Entry::priority)
          .thenComparingInt(e -> chapters.indexOf(e.page())));
      plans.add(new StudyPlan(role, FOLDER + role.id() + "/", List.copyOf(entries)));
    }
    return List.copyOf(plans);
  }
}
