package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.checklists.ShippedChecklistTemplate;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.junit.jupiter.api.Test;

/**
 * A meeting's first checklist opened during a venue-server outage on a laptop that never read the venue's checklist
 * template (decision 0043), on real H2 with a simulated cut ({@link H2Outage}). Before 0043 the template's read
 * failed with the storage message. Now the list is copied from the template shipped with the app (the migration's
 * rows, the same item ids), the screen is told so, and it is sent once; the shipped template read here equals the
 * template a fresh store holds.
 */
class ShippedTemplateOutageTest extends OutageCase {

    @Test
    void aFirstChecklistWithTheTemplateNeverReadIsCopiedFromTheShippedTemplateAndSentOnce() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            UUID blank = UUID.randomUUID();
            store.dao(MeetingDao.class).save(org.huiwu.model.Meeting.blank(blank, "模板未读过的会议",
                    java.time.LocalDate.of(2026, 11, 27)), clock.instant());
            ServiceChecklists checklists = new ServiceChecklists(outage.dao(MeetingChecklistDao.class),
                    new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                    UUID::randomUUID, outage.offline()::holding);
            var shipped = ShippedChecklistTemplate.items();
            assertThat(shipped).as("the shipped template is the one a fresh store holds")
                    .extracting(TemplateItem::id, TemplateItem::textZh, TemplateItem::textEn)
                    .containsExactlyInAnyOrderElementsOf(store.dao(ChecklistTemplateDao.class).all().stream()
                            .filter(t -> !t.retired()).map(t -> org.assertj.core.groups.Tuple.tuple(t.id(), t.textZh(),
                                    t.textEn())).toList());
            outage.dao(MeetingChecklistDao.class).exists(meeting);

            outage.cut();
            var opened = checklists.open(blank, "值班员");
            assertThat(opened.lines()).as("copied from the shipped template, not a storage error")
                    .hasSize(shipped.size());
            assertThat(checklists.fromShippedTemplate(blank)).isTrue();
            assertThat(checklists.fromShippedTemplate(meeting)).isFalse();

            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            assertThat(store.dao(MeetingChecklistDao.class).items(blank)).extracting(ChecklistItem::templateItemId)
                    .containsExactlyInAnyOrderElementsOf(shipped.stream().map(TemplateItem::id).toList());
            assertThat(outage.send()).isZero();
        }
    }
}
