package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.checklists.ChecklistItemEdit;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingChecklistDao;
import org.junit.jupiter.api.Test;

/**
 * A checklist item's texts edited during a venue-server outage (decision 0038, amended), on real H2 with a simulated
 * cut ({@link H2Outage}): written as made (no storage error), shown at once on the meeting's checklist, and sent
 * once and in order when the server is back, merged text by text with what another laptop stored meanwhile — a
 * text only the other changed keeps theirs, a text both changed keeps theirs and is counted for the status line.
 */
class ChecklistItemEditOutageTest extends OutageCase {

    @Test
    void itemTextsEditedDuringACutShowAtOnceAndArriveOnceMergedWithTheOtherLaptops() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            ServiceChecklists checklists = new ServiceChecklists(outage.dao(MeetingChecklistDao.class),
                    new ChecklistTemplate(store.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                    UUID::randomUUID, outage.offline()::holding);
            List<ChecklistItem> shown = checklists.open(meeting, "值班员").lines().stream().map(ChecklistLine::item)
                    .toList();
            ChecklistItem twice = shown.get(0);
            ChecklistItem merged = shown.get(1);
            ChecklistItem clashed = shown.get(2);
            MeetingChecklistDao server = store.dao(MeetingChecklistDao.class);

            outage.cut();
            ChecklistItemEdit first = checklists.editItem(twice, "本机第一稿", twice.textEn());
            ChecklistItem seenAgain = item(checklists.current(meeting).lines(), twice.id());
            ChecklistItemEdit second = checklists.editItem(seenAgain, seenAgain.textZh(), "Second draft here");
            ChecklistItemEdit third = checklists.editItem(merged, "本机改的中文", merged.textEn());
            ChecklistItemEdit fourth = checklists.editItem(clashed, "本机的说法", clashed.textEn());

            assertThat(List.of(first, second, third, fourth)).as("no storage error during the cut")
                    .allMatch(ChecklistItemEdit::saved);
            assertThat(outage.outbox().size()).isEqualTo(4);
            assertThat(item(checklists.current(meeting).lines(), twice.id()))
                    .as("both edits shown at once, in the order made").extracting(ChecklistItem::textZh,
                            ChecklistItem::textEn).containsExactly("本机第一稿", "Second draft here");

            ChecklistItem theirs = server.item(merged.id()).orElseThrow();
            server.saveTextAtVersion(new ChecklistItem(theirs.id(), theirs.meetingId(), theirs.phase(),
                    theirs.position(), theirs.textZh(), "Their English", theirs.templateItemId(), theirs.addedAt(),
                    theirs.addedBy()), server.itemVersion(merged.id()).orElseThrow());
            ChecklistItem other = server.item(clashed.id()).orElseThrow();
            server.saveTextAtVersion(new ChecklistItem(other.id(), other.meetingId(), other.phase(), other.position(),
                    "他处的说法", other.textEn(), other.templateItemId(), other.addedAt(), other.addedBy()),
                    server.itemVersion(clashed.id()).orElseThrow());
            outage.restore();

            assertThat(outage.send()).isEqualTo(4);
            assertThat(server.item(twice.id()).orElseThrow()).extracting(ChecklistItem::textZh, ChecklistItem::textEn)
                    .containsExactly("本机第一稿", "Second draft here");
            assertThat(server.item(merged.id()).orElseThrow()).as("mine on the text only I changed, theirs on theirs")
                    .extracting(ChecklistItem::textZh, ChecklistItem::textEn).containsExactly("本机改的中文",
                            "Their English");
            assertThat(server.item(clashed.id()).orElseThrow().textZh()).as("a clash keeps the other laptop's")
                    .isEqualTo("他处的说法");
            assertThat(outage.keptElsewhere()).as("the clash is reported, once").isEqualTo(1);
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(item(checklists.current(meeting).lines(), clashed.id()).textZh())
                    .as("the laptop now shows what is stored").isEqualTo("他处的说法");
        }
    }

    @Test
    void anItemEditWhoseCommitArrivedButNotItsAnswerIsNotStoredTwice() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            ServiceChecklists checklists = new ServiceChecklists(outage.dao(MeetingChecklistDao.class),
                    new ChecklistTemplate(store.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                    UUID::randomUUID, outage.offline()::holding);
            ChecklistItem seen = checklists.open(meeting, "值班员").lines().get(0).item();
            outage.cut();
            checklists.editItem(seen, "已改", seen.textEn());
            MeetingChecklistDao server = store.dao(MeetingChecklistDao.class);
            server.saveTextFrom(seen, new ChecklistItem(seen.id(), seen.meetingId(), seen.phase(), seen.position(),
                    "已改", seen.textEn(), seen.templateItemId(), seen.addedAt(), seen.addedBy()));
            int version = server.itemVersion(seen.id()).orElseThrow();
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(server.itemVersion(seen.id()).orElseThrow()).as("not written again").isEqualTo(version);
            assertThat(outage.keptElsewhere()).isZero();
        }
    }

    private static ChecklistItem item(List<ChecklistLine> lines, UUID id) {
        return lines.stream().map(ChecklistLine::item).filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
