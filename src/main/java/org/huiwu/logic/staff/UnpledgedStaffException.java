package org.huiwu.logic.staff;

import java.util.List;

import org.huiwu.i18n.I18n;

/**
 * Refuses making a meeting 涉密 (or moving a 涉密 meeting to another day) while people staffed on it have
 * no confidentiality pledge valid on its day; names each of them and why. Nothing was written.
 */
public final class UnpledgedStaffException extends RuntimeException {

    private final List<Unpledged> people;

    public UnpledgedStaffException(List<Unpledged> people) {
        super("staffed without a valid pledge: " + people.stream().map(Unpledged::name).toList());
        this.people = List.copyOf(people);
    }

    public List<Unpledged> people() {
        return people;
    }

    /** The refusal in the user's language: who, why, and what to do. */
    public String message(I18n i18n) {
        return i18n.format("staff.problem.classifiedUnpledged", Unpledged.describe(people, i18n));
    }
}
