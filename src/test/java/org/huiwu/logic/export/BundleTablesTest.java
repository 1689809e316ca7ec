package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins that a new table cannot be forgotten by export and merge: the tables the bundle format carries,
 * the meeting tables the merge writes, and the tables the real migrations create are the same set, but
 * for the venue-wide tables named here, each of which was decided not to travel with a meeting.
 */
class BundleTablesTest {

    /** Tables that belong to the laptop or the venue, not to one meeting, and so stay out of bundles. */
    private static final Set<String> VENUE_WIDE = Set.of(
            "app_setting",                 // this laptop's settings
            "checklist_template_item",     // the venue's checklist template; a meeting carries its own copy
            "survey_template_item",        // the venue's survey template; a meeting carries its own copy
            "survey_template_level",
            "venue_contact",               // the venue's phone list for emergencies
            "confidential_export",         // this laptop's log of 涉密 exports (who, when, where to); stays here
            "classified_override",         // this folder's supervisor overrides of encryption for 涉密 (decision 0034)
            "training_session",            // staff training, not meeting records
            "training_session_guide",
            "training_session_trainee",
            "text_check",                  // checks of texts against the standard; laptop-wide (decision 0019)
            "guide_text_version",          // corrected guide texts; laptop-wide (decision 0019)
            "guide_step_text",
            "trusted_signer",              // the signers this laptop trusts (decision 0025)
            "merge_history",              // the bundles merged into this laptop, signed or not (decision 0025)
            "staff_post",                  // the venue's posts and duties (annex A)
            "staff_member",                // the venue's staff records (annex B); staffing carries the names
            "staff_pledge",                // confidentiality pledges (annex F); exports show those of the staffed
            "assessment_template",         // the assessment form's versions; an assessment carries its items
            "assessment_template_item",
            "venue_room",                  // the venue's rooms (decision 0027)
            "room_booking",                // bookings across rooms; exports show a meeting's own (decision 0027)
            "stage_template_version",      // the versioned stage checklist template; a meeting carries its copy
            "stage_template_item",
            "change_feed");                // the venue server's feed of changes for the live boards (decision 0031)

    @TempDir
    Path dir;

    @Test
    void theBundleTheMergeAndTheSchemaHoldTheSameMeetingTables() {
        Set<String> inBundles = new TreeSet<>();
        BundleFormat.DOCUMENTS.values().forEach(inBundles::addAll);
        Set<String> merged = names(MeetingTable.ALL.stream().map(MeetingTable::name).toList());

        assertThat(inBundles).as("the bundle documents and MeetingTable.ALL").isEqualTo(merged);

        Set<String> schema;
        try (Database database = Database.open(dir)) {
            schema = names(database.jdbi().withHandle(handle -> handle.createQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'
                    """).mapTo(String.class).list()));
        }
        schema.remove("flyway_schema_history");
        Set<String> expected = new TreeSet<>(merged);
        expected.addAll(VENUE_WIDE);
        assertThat(schema).as("tables of the migrated schema: a new one is a meeting table or named venue-wide here")
                .isEqualTo(expected);
    }

    private static Set<String> names(Collection<String> tables) {
        Set<String> names = new TreeSet<>();
        tables.forEach(t -> names.add(t.toLowerCase(Locale.ROOT)));
        return names;
    }
}
