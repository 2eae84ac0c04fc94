package org.chronotope.editor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import org.chronotope.web.Lang;

/** The editor's words in the current request's language, for messages built in Java. */
@RequestScoped
public class EditorText {

  private final EditorMessages messages;
  private final BulkMessages bulk;
  private final ReviewMessages review;
  private final FormMessages form;
  private final HistoryMessages history;
  private final ManageMessages manage;

  public EditorText(Lang lang) {
    this.messages = MessageBundles.get(EditorMessages.class, Localized.Literal.of(lang.code()));
    this.bulk = MessageBundles.get(BulkMessages.class, Localized.Literal.of(lang.code()));
    this.review = MessageBundles.get(ReviewMessages.class, Localized.Literal.of(lang.code()));
    this.form = MessageBundles.get(FormMessages.class, Localized.Literal.of(lang.code()));
    this.history = MessageBundles.get(HistoryMessages.class, Localized.Literal.of(lang.code()));
    this.manage = MessageBundles.get(ManageMessages.class, Localized.Literal.of(lang.code()));
  }

  public EditorMessages get() {
    return messages;
  }

  /** The words for bulk actions, pastes and the grid. */
  public BulkMessages bulk() {
    return bulk;
  }

  /** The words of review before publishing, roles and presence. */
  public ReviewMessages review() {
    return review;
  }

  /** The own words of the event and story forms. */
  public FormMessages form() {
    return form;
  }

  /** The words of history, trash, conflicts and corrections. */
  public HistoryMessages history() {
    return history;
  }

  /** The words of the places and users pages. */
  public ManageMessages manage() {
    return manage;
  }
}
