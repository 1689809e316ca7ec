package org.huiwu.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;

/**
 * What the window needs from a laptop folder before it can show the meeting list, read in one connection with
 * plain JDBC: the settings, whether a 涉密 override was ever logged, and every meeting with its agenda. Jdbi's
 * first use (its configuration, the first SqlObject attach, the first statement: about a third of a second on
 * a two-core laptop) is then paid after the list shows, not before it (decision 0035, session 8). The rows are
 * mapped by the DAOs' own row mappers and the meeting list uses {@link MeetingDao#LIST}, so both paths give the
 * same meetings in the same order. Read once on the opening thread; never on the FX thread. Immutable.
 */
public final class OpeningReads {

    private static final String SETTINGS = "SELECT setting_key, setting_value FROM app_setting";
    private static final String OVERRIDES = "SELECT COUNT(*) FROM classified_override";
    private static final String AGENDAS = "SELECT * FROM agenda_item ORDER BY meeting_id, position";

    private final Map<String, String> settings;
    private final boolean overridden;
    private final List<Meeting> meetings;

    private OpeningReads(Map<String, String> settings, boolean overridden, List<Meeting> meetings) {
        this.settings = Map.copyOf(settings);
        this.overridden = overridden;
        this.meetings = List.copyOf(meetings);
    }

    /** Reads the folder's settings, overrides and meetings from {@code store} in one connection (it writes nothing). */
    static OpeningReads of(DataSource store) throws SQLException {
        FxThreadGuard.check("the opening reads");
        try (Connection connection = store.getConnection()) {
            Map<String, String> settings = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(SETTINGS);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
            boolean overridden;
            try (PreparedStatement statement = connection.prepareStatement(OVERRIDES);
                    ResultSet rows = statement.executeQuery()) {
                overridden = rows.next() && rows.getLong(1) > 0;
            }
            return new OpeningReads(settings, overridden, meetings(connection));
        }
    }

    private static List<Meeting> meetings(Connection connection) throws SQLException {
        Map<UUID, List<AgendaItem>> agendas = new HashMap<>();
        AgendaItemRowMapper agendaRows = new AgendaItemRowMapper();
        try (PreparedStatement statement = connection.prepareStatement(AGENDAS);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                agendas.computeIfAbsent(rows.getObject("meeting_id", UUID.class), id -> new ArrayList<>())
                        .add(agendaRows.map(rows, null));
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        MeetingRowMapper meetingRows = new MeetingRowMapper();
        try (PreparedStatement statement = connection.prepareStatement(MeetingDao.LIST);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Meeting meeting = meetingRows.map(rows, null);
                meetings.add(meeting.withAgenda(agendas.getOrDefault(meeting.id(), List.of())));
            }
        }
        return meetings;
    }

    /** The settings as stored, read-only: {@code save} is refused (the opening only reads them). */
    public SettingDao settings() {
        return new SettingDao() {
            @Override
            public Optional<String> find(String key) {
                return Optional.ofNullable(settings.get(key));
            }

            @Override
            public void save(String key, String value) {
                throw new UnsupportedOperationException("the settings read at opening are read-only");
            }
        };
    }

    /** Whether a supervisor ever overrode the rule that 涉密 meetings need an encrypted folder. */
    public boolean overridden() {
        return overridden;
    }

    /** Every meeting with its agenda, newest first, as {@link MeetingDao#list()} answers. */
    public List<Meeting> meetings() {
        return meetings;
    }
}
