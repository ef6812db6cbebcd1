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

    /** The page's title. */
    public String title() {
      return role.title() + " study plan";
    }
  }

  /** The plans of {@code roles}, from {@code chapters} in reading order. */
  static List<StudyPlan> of(List<Role> roles, List<Page> chapters) {
    List<StudyPlan> plans = new ArrayList<>();
    for (Role role : roles) {
      List<Entry> entries = new ArrayList<>();
      for (Page page : chapters) {
        for (RolePriority rp : page.meta().roles()) {
          if (rp.role().equals(role.id())) {
            entries.add(new Entry(page, rp.priority()));
          }
        }
      }
      // A stable sort of a list already in reading order keeps reading order among equals.
      entries.sort(Comparator.comparingInt(Entry::priority));
      plans.add(new StudyPlan(role, FOLDER + role.id() + "/", List.copyOf(entries)));
    }
    return List.copyOf(plans);
  }
}
