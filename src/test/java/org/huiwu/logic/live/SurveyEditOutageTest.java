package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.feedback.SurveyBook;
import org.huiwu.logic.feedback.SurveyEntry;
import org.huiwu.logic.feedback.SurveyTemplates;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.SurveyDao;
import org.junit.jupiter.api.Test;

/**
 * The survey template edited and survey forms removed during a venue-server outage (decision 0038, amended), on
 * real H2 with a simulated cut ({@link H2Outage}): stored as made (no storage error), shown at once (the new item in
 * the template, the removed forms gone from the meeting's forms, also one entered during the same cut), and sent
 * once and in the order made when the server is back.
 */
class SurveyEditOutageTest extends OutageCase {

    @Test
    void templateEditsAndFormRemovalsDuringACutShowAtOnceAndArriveOnce() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            SurveyBook book = new SurveyBook(outage.dao(SurveyDao.class), clock, UUID::randomUUID);
            SurveyTemplates templates = new SurveyTemplates(outage.dao(SurveyDao.class), UUID::randomUUID);
            SurveyTemplate template = book.templateOf(meeting);
            SurveyForm stored = book.add(meeting, entry(template, "市财政局"), "张敏");
            List<SurveyForm> formsBefore = book.forms(meeting);
            SurveyTemplate seen = templates.current();

            outage.cut();
            SurveyItem added = templates.newItem(seen, "会场音响", "Sound");
            List<SurveyItem> items = new ArrayList<>(seen.items());
            items.add(added);
            templates.save(new SurveyTemplate(items, seen.levels()));
            clock.advance(Duration.ofSeconds(5));
            book.remove(stored.id());
            clock.advance(Duration.ofSeconds(5));
            SurveyForm mistaken = book.add(meeting, entry(template, "市发改委"), "张敏");
            clock.advance(Duration.ofSeconds(5));
            book.remove(mistaken.id());

            assertThat(outage.outbox().size()).as("template, removal, form, removal").isEqualTo(4);
            assertThat(templates.current().items()).as("the new item shows at once").extracting(SurveyItem::labelZh)
                    .contains("会场音响");
            assertThat(book.forms(meeting)).as("removed forms are gone at once").extracting(SurveyForm::id)
                    .doesNotContain(stored.id(), mistaken.id()).hasSize(formsBefore.size() - 1);

            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            SurveyDao server = store.dao(SurveyDao.class);
            assertThat(server.template().items()).extracting(SurveyItem::id).contains(added.id());
            assertThat(server.forms(meeting)).extracting(SurveyForm::id).doesNotContain(stored.id(), mistaken.id())
                    .hasSize(formsBefore.size() - 1);
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(book.forms(meeting)).hasSize(formsBefore.size() - 1);
        }
    }

    private static SurveyEntry entry(SurveyTemplate template, String unit) {
        return new SurveyEntry(unit, "", Map.of(template.activeItems().get(0).id(),
                template.levels(RatingScale.ITEM).get(0).level()), null, "");
    }
}
