package org.huiwu.logic.staff;

import java.time.LocalDate;

import org.huiwu.i18n.I18n;
import org.huiwu.model.staff.PledgeStatus;

/**
 * A person staffed on a 涉密 meeting without a confidentiality pledge valid on its day: why (missing or
 * expired) and, when expired, the last day it held (null otherwise). Immutable.
 */
public record Unpledged(String name, PledgeStatus status, LocalDate expiredAfter) {

    /** "赵敏（未签保密承诺书）" or "王丽（保密承诺已于 2026-11-30 过期）", in the user's language. */
    public String describe(I18n i18n) {
        return status == PledgeStatus.EXPIRED && expiredAfter != null
                ? i18n.format("staff.unpledged.expired", name, i18n.date(expiredAfter))
                : i18n.format("staff.unpledged.missing", name);
    }

    /** The people as one list in the user's language, joined as the language joins them. */
    public static String describe(java.util.List<Unpledged> people, I18n i18n) {
        return people.stream().map(p -> p.describe(i18n))
                .collect(java.util.stream.Collectors.joining(i18n.get("staff.unpledged.separator")));
    }
}
