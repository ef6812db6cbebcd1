package dev.lectern.render;

import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Fingerprinted;
import dev.lectern.site.Site;

/**
 * Everything a page's render may read about the rest of the site, and nothing else: the
 * assembled site (configuration, every page's place, front matter and dates, navigation, plans,
 * tags, FAQ ownership, the link targets including static files), the assets' published names,
 * the templates, and the extensions. Immutable; rendering is a function of (parsed page, this),
 * so its fingerprint, with the page's, is the key of every rendered page.
 *
 * @param generator what else shapes the output: Lectern's own version and whether it serves
 */
public record SiteContext(Site site, AssetNames assets, TemplateSet templates,
    Fingerprinted extensions, String generator, Fingerprint fingerprint)
    implements Fingerprinted {

  public static SiteContext of(Site site, AssetNames assets, TemplateSet templates,
      Fingerprinted extensions, String generator) {
    return new SiteContext(site, assets, templates, extensions, generator,
        Digester.of("site context", site, assets, templates, extensions, generator));
  }
}
