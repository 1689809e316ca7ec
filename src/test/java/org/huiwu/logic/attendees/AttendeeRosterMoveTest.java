package org.huiwu.logic.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.Fixtures.attendee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precedence moves through {@link AttendeeRoster#moveTo}, read back from the database: with distinct
 * ranks only the window between the old and the new place is renumbered; a moved attendee gets a rank
 * of its own, and ties among the others survive. Rosters are written "name:rank" in list order.
 */
@Tag("dao")
class AttendeeRosterMoveTest {

    @TempDir
    Path dataDir;

    private RosterFixture fixture;
    private UUID meetingId;

    @BeforeEach
    void openRoster() {
        fixture = new RosterFixture(dataDir);
        meetingId = fixture.meeting.id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0} to index {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Du   | 1 | An:1 Du:2 Bo:3 Chen:4 Eng:5
            Bo   | 3 | An:1 Chen:2 Du:3 Bo:4 Eng:5
            Chen | 0 | Chen:1 An:2 Bo:3 Du:4 Eng:5
            Bo   | 4 | An:1 Chen:2 Du:3 Eng:4 Bo:5
            An   | 4 | Bo:1 Chen:2 Du:3 Eng:4 An:5
            Eng  | 0 | Eng:1 An:2 Bo:3 Chen:4 Du:5
            """)
    void moveWithDistinctRanksRenumbersTheWindowOnly(String name, int target, String expected) {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:3 Du:4 Eng:5");

        List<Attendee> after = fixture.roster.moveTo(meetingId, people.get(name).id(), target);

        assertThat(describe(after)).isEqualTo(expected);
        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo(expected);
    }

    @Test
    void moveWithDistinctRanksLeavesAttendeesOutsideTheWindowUntouched() {
        Map<String, Attendee> people = given("An:10 Bo:20 Chen:30 Du:40 Eng:50");

        fixture.roster.moveTo(meetingId, people.get("Du").id(), 1);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("An:10 Du:20 Bo:30 Chen:40 Eng:50");
    }

    @Test
    void movingTheLowerOfTwoTiedAttendeesUpBreaksTheTieAndKeepsOtherTies() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:2 Du:3 Eng:4 Fan:4");

        fixture.roster.moveTo(meetingId, people.get("Chen").id(), 1);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("An:1 Chen:2 Bo:3 Du:4 Eng:5 Fan:5");
        assertThat(RosterWarnings.tiedRanks(fixture.roster.list(meetingId))).containsExactly(5);
    }

    @Test
    void movingTheUpperOfTwoTiedAttendeesDownBreaksTheTieAndKeepsOtherTies() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:2 Du:3 Eng:4 Fan:4");

        fixture.roster.moveTo(meetingId, people.get("Bo").id(), 2);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("An:1 Chen:2 Bo:3 Du:4 Eng:5 Fan:5");
    }

    @Test
    void breakingATiePushesLaterAttendeesOnlyAsFarAsNeeded() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:2 Du:6 Eng:6");

        fixture.roster.moveTo(meetingId, people.get("Chen").id(), 1);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("An:1 Chen:2 Bo:3 Du:6 Eng:6");
    }

    @Test
    void movingToTheEndPastATieKeepsThatTie() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:3 Du:3");

        fixture.roster.moveTo(meetingId, people.get("An").id(), 3);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("Bo:1 Chen:2 Du:2 An:3");
    }

    @Test
    void movingDownPastATieNeitherBreaksItNorTiesOthers() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:2 Du:3");

        fixture.roster.moveTo(meetingId, people.get("An").id(), 3);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("Bo:1 Chen:1 Du:2 An:3");
    }

    @Test
    void movingUpPastATieKeepsItAndTheTieBeyondTheWindow() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:2 Du:2 Eng:3");

        fixture.roster.moveTo(meetingId, people.get("Chen").id(), 0);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("Chen:1 An:2 Bo:3 Du:3 Eng:4");
    }

    @Test
    void movingToTheTopAboveATieKeepsThatTie() {
        Map<String, Attendee> people = given("An:1 Bo:1 Chen:2 Du:3");

        fixture.roster.moveTo(meetingId, people.get("Du").id(), 0);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("Du:1 An:2 Bo:2 Chen:3");
    }

    @Test
    void targetPastTheEndMovesToTheEnd() {
        Map<String, Attendee> people = given("An:1 Bo:2 Chen:3");

        fixture.roster.moveTo(meetingId, people.get("An").id(), 99);

        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("Bo:1 Chen:2 An:3");
    }

    @Test
    void movingToTheSamePlaceChangesNothing() {
        Map<String, Attendee> people = given("An:1 Bo:1 Chen:3");

        List<Attendee> after = fixture.roster.moveTo(meetingId, people.get("Bo").id(), 1);

        assertThat(describe(after)).isEqualTo("An:1 Bo:1 Chen:3");
    }

    @Test
    void movingAnAttendeeOfAnotherMeetingIsRefused() {
        given("An:1 Bo:2");

        assertThatThrownBy(() -> fixture.roster.moveTo(meetingId, UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(describe(fixture.roster.list(meetingId))).isEqualTo("An:1 Bo:2");
    }

    /** Saves "name:rank ..." and returns the attendees by name. */
    private Map<String, Attendee> given(String roster) {
        Map<String, Attendee> byName = new LinkedHashMap<>();
        List<Attendee> all = new ArrayList<>();
        for (String entry : roster.split(" ")) {
            String[] parts = entry.split(":");
            Attendee person = attendee(meetingId, parts[0], Integer.parseInt(parts[1]));
            byName.put(parts[0], person);
            all.add(person);
        }
        fixture.roster.importAll(all);
        return byName;
    }

    private static String describe(List<Attendee> list) {
        return String.join(" ", list.stream().map(a -> a.name() + ":" + a.rank()).toList());
    }
}
