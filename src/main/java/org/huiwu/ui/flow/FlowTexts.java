package org.huiwu.ui.flow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.model.checklists.ItemText;
import org.huiwu.model.flow.AppliesTo;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.OpenItem;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.logic.messages.FailureMessages;

/**
 * The texts of the flow and venue screens: refusals (a double booking with its clash), open items, times
 * in the venue's zone. Immutable; any thread.
 */
public final class FlowTexts {

    private final I18n i18n;
    private final FailureMessages failures;
    private final ZoneId zone;

    public FlowTexts(I18n i18n, FailureMessages failures, ZoneId zone) {
        this.i18n = i18n;
        this.failures = failures;
        this.zone = zone;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Why something failed; a refused double booking names the bookings it clashed with. */
    public String describe(Throwable failure) {
        if (failure instanceof FlowRejectedException rejected) {
            String sentence = i18n.get(rejected.problem().messageKey());
            if (rejected.clashes().isEmpty()) {
                return sentence;
            }
            return sentence + " " + rejected.clashes().stream().map(this::booking).collect(Collectors.joining("; "));
        }
        return failures.describe(failure);
    }

    /** A booking as the bundle's booking line: its day, times, title and organiser. */
    public String booking(Booking b) {
        return i18n.format("flow.booking.line", i18n.date(b.bookingDate()), b.startTime().toString(),
                b.endTime().toString(), b.title(), b.organiser());
    }

    /** A stage checklist group as "会前准备 · 清洁", special ones with their meetings ("会前准备 · 外事会议"). */
    public String group(StageGroup group) {
        String stage = i18n.get(group.stage().labelKey());
        return group.appliesTo() == AppliesTo.ALL ? i18n.format("flow.template.groupLine", stage,
                i18n.get(group.kind().labelKey())) : i18n.format("flow.template.groupLine", stage,
                i18n.get(group.appliesTo().labelKey()));
    }

    /** An open item in the user's language. */
    public String open(OpenItem item) {
        return item.isRule() ? i18n.get(item.ruleKey()) : ItemText.of(item.textZh(), item.textEn(), i18n.locale());
    }

    /** A moment as the local date and time. */
    public String at(Instant at) {
        return at == null ? "" : i18n.dateTime(at.atZone(zone).toLocalDateTime());
    }
}
