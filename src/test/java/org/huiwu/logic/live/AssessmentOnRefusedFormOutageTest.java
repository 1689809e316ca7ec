package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.AppContext;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.Database;
import org.junit.jupiter.api.Test;

/**
 * An assessment scored during a venue-server outage on a form version saved on this laptop in the same outage, when
 * that version is refused as it is sent because another laptop saved its number first (decision 0048), on real H2
 * with a simulated cut ({@link H2Outage}): the assessment is stored with its own items and scores (as last corrected)
 * and marked as made on a form version that was not kept, never under the number that now names the other laptop's
 * form; an assessment scored on the form read before the cut keeps that form's number; only the form's refusal is
 * counted, and nothing is sent twice.
 */
class AssessmentOnRefusedFormOutageTest extends OutageCase {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void anAssessmentOnARefusedFormVersionIsStoredAsMadeOnAVersionNotKept() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = serverDesk(store);
            StaffDesk desk = laptopDesk(outage);
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            StaffMember wang = server.roster().save(server.roster().draft("王强"));
            desk.roster().members();
            AssessmentTemplate read = desk.assessments().template();
            desk.assessments().summary(YearMonth.from(DAY));

            outage.cut();
            AssessmentTemplate mine = desk.assessments().saveTemplate(with(read, "断网时新增：仪容仪表"), "张主管");
            clock.advance(Duration.ofSeconds(1));
            Assessment first = desk.assessments().record(liu, DAY, null, mine, full(mine), "张主管", "");
            clock.advance(Duration.ofSeconds(1));
            Assessment corrected = desk.assessments().record(first.id(), liu, DAY, null, mine, lower(mine), "张主管",
                    "仪容需注意");
            Assessment onRead = desk.assessments().record(wang, DAY, null, read, full(read), "张主管", "");
            assertThat(desk.assessments().find(liu.id(), DAY, null)).as("shown at once").contains(corrected);
            assertThat(corrected.templateVersion()).isEqualTo(mine.version());
            clock.advance(Duration.ofSeconds(1));
            AssessmentTemplate theirs = server.assessments().saveTemplate(with(read, "对方新增：茶水温度"), "王主管");
            assertThat(theirs.version()).as("the same number, another form").isEqualTo(mine.version());

            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            assertThat(outage.keptElsewhere()).as("only the form version refused").isEqualTo(1);
            assertThat(server.assessments().template()).isEqualTo(theirs);
            Assessment stored = server.assessments().find(liu.id(), DAY, null).orElseThrow();
            assertThat(stored.templateVersion()).as("not the other laptop's form").isNotEqualTo(theirs.version())
                    .isEqualTo(Assessment.FORM_NOT_KEPT);
            assertThat(stored.formKept()).isFalse();
            assertThat(stored).as("its own items and scores, as last corrected")
                    .isEqualTo(corrected.onFormNotKept());
            assertThat(stored.scores()).extracting(s -> s.item().labelZh()).contains("断网时新增：仪容仪表");
            assertThat(server.assessments().find(wang.id(), DAY, null)).as("scored on the form read before")
                    .contains(onRead).get().extracting(Assessment::templateVersion).isEqualTo(read.version());
            assertThat(server.assessments().ofMonth(YearMonth.from(DAY))).as("one of each, nothing twice").hasSize(2);
            assertThat(outage.send()).isZero();
        }
    }

    private static List<AssessmentItem> with(AssessmentTemplate form, String label) {
        List<AssessmentItem> items = new ArrayList<>(form.items());
        items.add(new AssessmentItem(label, "", 5));
        return items;
    }

    private static List<Integer> full(AssessmentTemplate form) {
        return form.items().stream().map(AssessmentItem::maxScore).toList();
    }

    private static List<Integer> lower(AssessmentTemplate form) {
        List<Integer> scores = new ArrayList<>(full(form));
        scores.set(scores.size() - 1, scores.get(scores.size() - 1) - 2);
        return scores;
    }
}
