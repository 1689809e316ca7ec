package org.huiwu.model.checklists;

import java.util.Objects;
import java.util.UUID;

/**
 * One item of an editable checklist template as its editor shows it: the group it belongs to (a phase of the
 * service checklist, a stage and kind of the stage checklist), its place in the group, its texts and whether
 * it must be settled before the stage closes (templates without that notion say false). Immutable.
 *
 * @param <G> the template's kind of group
 */
public record TemplateLine<G>(UUID id, G group, int position, String textZh, String textEn, boolean mandatory) {

    public TemplateLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(textZh, "textZh");
        textEn = textEn == null ? "" : textEn;
    }
}
