package org.chronotope.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronotope.common.Text;
import org.chronotope.story.Category;
import org.chronotope.story.CategoryPalette;
import org.chronotope.story.Story;
import org.chronotope.story.StoryInput.CategoryInput;

/**
 * The story's category vocabulary after an import: a file's group or event type matches an existing
 * category by code or by name (accents and case ignored); the others are added, each with a colour
 * of its own and the {@code circle} icon.
 */
final class CategoryPlan {

  private final Story story;
  private final Map<String, String> codeByKey = new LinkedHashMap<>();
  private final List<CategoryInput> added = new ArrayList<>();
  private final Set<String> codes = new HashSet<>();
  private final Set<String> colours = new HashSet<>();

  CategoryPlan(Story story) {
    this.story = story;
    for (Category c : story.categories) {
      codes.add(c.code);
      colours.add(c.color.toLowerCase());
      codeByKey.put("code:" + c.code, c.code);
      codeByKey.putIfAbsent("name:" + Text.fold(c.name), c.code);
    }
  }

  /**
   * The code of the category for a record's group, adding one to the plan when the story has none.
   */
  String codeFor(String name, String preferredCode) {
    if (preferredCode != null && codeByKey.containsKey("code:" + preferredCode)) {
      return preferredCode;
    }
    String folded = Text.fold(name);
    Optional<String> byName = Optional.ofNullable(codeByKey.get("name:" + folded));
    if (byName.isPresent()) {
      return byName.get();
    }
    String slug = preferredCode != null ? preferredCode : Text.slugify(name);
    if (codeByKey.containsKey("code:" + slug)) {
      return slug;
    }
    String code = freeCode(slug.isEmpty() ? "category" : slug);
    String label = name.length() > 120 ? name.substring(0, 119) + "…" : name;
    added.add(new CategoryInput(code, label, nextColour(), "circle"));
    codes.add(code);
    codeByKey.put("code:" + code, code);
    codeByKey.put("name:" + folded, code);
    return code;
  }

  List<CategoryInput> added() {
    return added;
  }

  /** Every category of the story, existing first, then the added ones. */
  List<CategoryInput> all() {
    List<CategoryInput> all = new ArrayList<>();
    story.categories.forEach(c -> all.add(new CategoryInput(c.code, c.name, c.color, c.icon)));
    all.addAll(added);
    return all;
  }

  private String freeCode(String slug) {
    String base = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    String code = base;
    for (int n = 2; codes.contains(code); n++) {
      code = base + "-" + n;
    }
    return code;
  }

  private String nextColour() {
    String c = CategoryPalette.next(colours);
    colours.add(c);
    return c;
  }
}
