package org.huiwu.persistence;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.huiwu.model.AgendaItem;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * A meeting's agenda as stored: its items read in their order and replaced whole. {@link MeetingDao} runs these
 * inside its transactions, so an agenda is never written apart from its meeting. Thread-safe when attached on
 * demand.
 */
public interface MeetingAgenda {

    @SqlQuery("SELECT * FROM agenda_item WHERE meeting_id = :meetingId ORDER BY position")
    @RegisterRowMapper(AgendaItemRowMapper.class)
    List<AgendaItem> agendaOf(@Bind("meetingId") UUID meetingId);

    @SqlUpdate("DELETE FROM agenda_item WHERE meeting_id = :meetingId")
    void deleteAgenda(@Bind("meetingId") UUID meetingId);

    @SqlBatch("""
            INSERT INTO agenda_item (meeting_id, position, item_time, title, speaker)
            VALUES (:meetingId, :position, :item.time, :item.title, :item.speaker)
            """)
    void insertAgenda(@Bind("meetingId") UUID meetingId, @Bind("position") List<Integer> positions,
            @BindMethods("item") List<AgendaItem> items);

    /** Replaces the meeting's agenda with {@code agenda}, kept in its order; call inside a transaction. */
    default void replaceAgenda(UUID meetingId, List<AgendaItem> agenda) {
        deleteAgenda(meetingId);
        if (agenda.isEmpty()) {
            return;
        }
        List<Integer> positions = IntStream.range(0, agenda.size()).boxed().toList();
        insertAgenda(meetingId, positions, agenda);
    }
}
