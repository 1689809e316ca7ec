package org.huiwu.logic.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.AssessmentDao;

/**
 * The assessment form (annexes D and E) as versioned data, the assessments made with it per person per
 * day or meeting, and the monthly summary. Validates before writing. Stateless apart from its
 * collaborators; call from a background thread.
 */
public final class Assessments {

    private final AssessmentDao assessments;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public Assessments(AssessmentDao assessments, Clock clock, Supplier<UUID> ids) {
        this.assessments = assessments;
        this.clock = clock;
        this.ids = ids;
    }

    /** The form as it stands now. */
    public AssessmentTemplate template() {
        AssessmentTemplate form = assessments.current();
        try { // read with it, so a supervisor's save during an outage has them remembered (decision 0048)
            assessments.versionAt(form.version());
            assessments.mayChange();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
        }
        return form;
    }

    /** Saves the items as a new version of the form; each needs a Chinese label and a maximum above zero. */
    public AssessmentTemplate saveTemplate(List<AssessmentItem> items, String by) {
        if (items.isEmpty()) {
            throw new StaffRejectedException(StaffProblem.NO_ITEMS, "");
        }
        for (AssessmentItem item : items) {
            if (item.labelZh().isEmpty()) {
                throw new StaffRejectedException(StaffProblem.NAME_MISSING, "");
            }
            if (item.labelZh().length() > StaffProblem.MAX_SHORT_TEXT || item.labelEn().length() > StaffProblem.MAX_SHORT_TEXT) {
                throw new StaffRejectedException(StaffProblem.TEXT_TOO_LONG, String.valueOf(StaffProblem.MAX_SHORT_TEXT));
            }
            if (item.maxScore() < 1 || item.maxScore() > 1000) {
                throw new StaffRejectedException(StaffProblem.MAX_SCORE, item.labelZh());
            }
        }
        mayChange();
        AssessmentTemplate seen = assessments.current();
        // over the version read: during an outage it queues and is refused when sent if another came first (0048)
        return assessments.saveVersionFrom(seen.version(), assessments.versionAt(seen.version()).orElse(null), items,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), by);
    }

    /** The supervisor rule, from the server's grants (remembered during an outage: decision 0048). */
    private void mayChange() {
        boolean may;
        try {
            may = assessments.mayChange();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            throw new StaffRejectedException(StaffProblem.ROLE_UNKNOWN, "");
        }
        if (!may) {
            throw new StaffRejectedException(StaffProblem.SUPERVISOR_ONLY, "");
        }
    }

    /**
     * Records an assessment of the person on the day (at the meeting, or for the day's work when
     * {@code meetingId} is null) with one score per item of {@code template}, in its order.
     */
    public Assessment record(StaffMember person, LocalDate day, UUID meetingId, AssessmentTemplate template,
            List<Integer> scores, String assessor, String notes) {
        return record(ids.get(), person, day, meetingId, template, scores, assessor, notes);
    }

    /**
     * Records the assessment with {@code id}, replacing it when already stored (the entry form keeps one
     * assessment per person, day and meeting, saved again as each field is left).
     */
    public Assessment record(UUID id, StaffMember person, LocalDate day, UUID meetingId, AssessmentTemplate template,
            List<Integer> scores, String assessor, String notes) {
        if (scores.size() != template.items().size() || scores.stream().anyMatch(java.util.Objects::isNull)) {
            throw new StaffRejectedException(StaffProblem.SCORES_INCOMPLETE, "");
        }
        List<Assessment.Score> given = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            AssessmentItem item = template.items().get(i);
            int score = scores.get(i);
            if (score < 0 || score > item.maxScore()) {
                throw new StaffRejectedException(StaffProblem.SCORE_OUT_OF_RANGE, item.labelZh() + "|" + item.maxScore());
            }
            given.add(new Assessment.Score(item, score));
        }
        if (notes != null && notes.strip().length() > StaffProblem.MAX_LONG_TEXT) {
            throw new StaffRejectedException(StaffProblem.TEXT_TOO_LONG, String.valueOf(StaffProblem.MAX_LONG_TEXT));
        }
        Assessment assessment = new Assessment(id, person.id(), person.name(), day, meetingId,
                template.version(), given, assessor, notes);
        // over the one with its id as shown: during an outage it queues and is checked when sent (decision 0044)
        Assessment seen = assessments.between(day, day).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElse(null);
        assessments.saveFrom(seen, assessment, clock.instant().atOffset(ZoneOffset.UTC));
        return assessment;
    }

    /** The person's assessment of the day (at the meeting, or of the day's work when null), if one is stored. */
    public java.util.Optional<Assessment> find(UUID staffId, LocalDate day, UUID meetingId) {
        return assessments.between(day, day).stream().filter(a -> a.staffId().equals(staffId)
                && java.util.Objects.equals(a.meetingId(), meetingId)).reduce((first, later) -> later);
    }

    /** Every assessment of the month, by day then name. */
    public List<Assessment> ofMonth(YearMonth month) {
        return assessments.between(month.atDay(1), month.atEndOfMonth());
    }

    /** The month's summary per person and for the team. */
    public MonthlySummary summary(YearMonth month) {
        return MonthlySummary.of(month, ofMonth(month));
    }

    /** The person's assessments over the last year, newest first. */
    public List<Assessment> ofPerson(UUID staffId) {
        LocalDate today = LocalDate.now(clock);
        List<Assessment> found = new ArrayList<>(assessments.between(today.minusYears(1), today.plusDays(1)).stream()
                .filter(a -> a.staffId().equals(staffId)).toList());
        java.util.Collections.reverse(found);
        return found;
    }
}
