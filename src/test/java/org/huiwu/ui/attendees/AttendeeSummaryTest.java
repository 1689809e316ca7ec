package org.huiwu.ui.attendees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.junit.jupiter.api.Test;

/**
 * The line above the attendee table counts 应到 and its check-ins as the seating screen and the exports do: the
 * service staff on the list are listed but not expected, and their check-in is not an arrival (decision 0042).
 */
class AttendeeSummaryTest {

    private static final UUID MEETING = UUID.randomUUID();

    @Test
    void theServiceStaffAreOnTheListButNotExpectedNorCountedAsArrived() {
        List<Attendee> list = List.of(person("王建国", AttendeeRole.LEADER, CheckInStatus.ARRIVED, 1),
                person("周卫东", AttendeeRole.DELEGATE, CheckInStatus.LATE, 2),
                person("韩静", AttendeeRole.DELEGATE, CheckInStatus.EXPECTED, 3),
                person("吕佳", AttendeeRole.STAFF, CheckInStatus.ARRIVED, 4));

        assertThat(AttendeeSummary.counts(new I18n(Locale.SIMPLIFIED_CHINESE), list))
                .isEqualTo("名单 4 人 · 应到 3 · 已到 1 · 迟到 1 · 缺席 0");
        assertThat(AttendeeSummary.counts(new I18n(Locale.ENGLISH), list))
                .isEqualTo("4 on the list · 3 expected · 1 arrived · 1 late · 0 absent");
    }

    private static Attendee person(String name, AttendeeRole role, CheckInStatus checkIn, int rank) {
        return new Attendee(UUID.randomUUID(), MEETING, name, "南通市人民政府", "", rank, role, Side.NONE, checkIn, "");
    }
}
