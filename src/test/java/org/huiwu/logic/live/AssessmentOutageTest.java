package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import org.huiwu.AppContext;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.Database;
import org.junit.jupiter.api.Test;

/**
 * Assessments (日常考核) during a venue-server outage (decision 0044), on real H2 with a simulated cut
 * ({@link H2Outage}). Before 0044 the assessment screen's reads and its save failed with the storage message
 * (the assessments read the server directly). Now: the form, the month and a person's assessments answer from
 * what was read; a new assessment and a correction show at once (a day never read answers from the month read) and
 * are sent once; one another laptop corrected meanwhile, or a person the other laptop assessed for the same day, keeps
 * theirs and is counted. The form's new version, a supervisor's, queues since decision 0048 ({@link AssessmentFormOutageTest}).
 */
class AssessmentOutageTest extends OutageCase {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void assessmentsShowAtOnceAndArriveOnceAndClashesKeepTheOtherLaptops() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = serverDesk(store);
            StaffDesk desk = laptopDesk(outage);
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            StaffMember wang = server.roster().save(server.roster().draft("王强"));
            StaffMember zhao = server.roster().save(server.roster().draft("赵敏"));
            StaffMember sun = server.roster().save(server.roster().draft("孙立"));
            AssessmentTemplate form = server.assessments().template();
            Assessment wangStored = server.assessments().record(wang, DAY, null, form, full(form), "吕佳", "");
            Assessment sunStored = server.assessments().record(sun, DAY, null, form, full(form), "吕佳", "");
            assertThat(desk.assessments().template()).isEqualTo(form);
            desk.assessments().summary(YearMonth.from(DAY));
            desk.assessments().ofPerson(liu.id());

            outage.cut();
            assertThat(desk.assessments().find(liu.id(), DAY, null)).as("a day never read, from the month").isEmpty();
            Assessment liuMine = desk.assessments().record(liu, DAY, null, form, lower(form), "吕佳", "迟到");
            Assessment wangMine = desk.assessments().record(wangStored.id(), wang, DAY, null, form, lower(form),
                    "吕佳", "更正");
            Assessment sunMine = desk.assessments().record(sunStored.id(), sun, DAY, null, form, lower(form),
                    "吕佳", "");
            Assessment zhaoMine = desk.assessments().record(zhao, DAY, null, form, lower(form), "吕佳", "");
            assertThat(desk.assessments().find(liu.id(), DAY, null)).contains(liuMine);
            assertThat(desk.assessments().ofPerson(liu.id())).as("the person's page").containsExactly(liuMine);
            assertThat(desk.assessments().ofMonth(YearMonth.from(DAY))).as("shown at once, a correction in place")
                    .containsExactlyInAnyOrder(liuMine, wangMine, sunMine, zhaoMine);
            assertThat(outage.outbox().size()).isEqualTo(4);

            server.assessments().record(sunStored.id(), sun, DAY, null, form, full(form), "他处", "他处更正");
            Assessment zhaoTheirs = server.assessments().record(zhao, DAY, null, form, full(form), "他处", "");
            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            assertThat(server.assessments().ofMonth(YearMonth.from(DAY))).as("sent once; clashes keep theirs")
                    .extracting(Assessment::id, Assessment::notes).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(liuMine.id(), "迟到"),
                            org.assertj.core.groups.Tuple.tuple(wangStored.id(), "更正"),
                            org.assertj.core.groups.Tuple.tuple(sunStored.id(), "他处更正"),
                            org.assertj.core.groups.Tuple.tuple(zhaoTheirs.id(), ""));
            assertThat(outage.keptElsewhere()).isEqualTo(2);
            assertThat(outage.send()).isZero();
        }
    }

    private static List<Integer> full(AssessmentTemplate form) {
        return form.items().stream().map(i -> i.maxScore()).toList();
    }

    private static List<Integer> lower(AssessmentTemplate form) {
        List<Integer> scores = new java.util.ArrayList<>(full(form));
        scores.set(0, scores.get(0) - 1);
        return Collections.unmodifiableList(scores);
    }
}
