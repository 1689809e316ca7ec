package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.huiwu.model.incidents.LeftItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LeftItemRegister}: register, hand over, return; open items stay listed until returned. */
@Tag("dao")
class LeftItemRegisterTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;
    private LeftItemRegister register;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        register = bed.desk.leftItems();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anItemIsRegisteredHandedOverAndReturnedWithTheTimes() {
        LeftItem found = register.register(bed.meetingId, "黑色雨伞", "2排3号", "block/2/3", "吕佳");
        Instant handed = bed.clock.advance(Duration.ofMinutes(10));
        register.handOver(found.id(), "会务组 赵明");
        Instant returned = bed.clock.advance(Duration.ofHours(3));

        LeftItem back = register.markReturned(found.id(), "市财政局 吴晓燕");

        assertThat(found.foundAt()).isEqualTo(IncidentTestbed.START);
        assertThat(back.handedTo()).isEqualTo("会务组 赵明");
        assertThat(back.handedAt()).isEqualTo(handed);
        assertThat(back.returnedTo()).isEqualTo("市财政局 吴晓燕");
        assertThat(back.returnedAt()).isEqualTo(returned);
        assertThat(register.ofMeeting(bed.meetingId)).containsExactly(back);
    }

    @Test
    void openItemsStayListedUntilReturned() {
        LeftItem umbrella = register.register(bed.meetingId, "黑色雨伞", "2排3号", "", "吕佳");
        LeftItem notebook = register.register(bed.meetingId, "笔记本", "主席台", "", "吕佳");
        UUID other = bed.newMeeting("专题会议");
        LeftItem cup = register.register(other, "保温杯", "休息室", "", "王芳");

        register.markReturned(notebook.id(), "赵明");

        assertThat(register.openItems(bed.meetingId)).containsExactly(umbrella);
        assertThat(register.openItemsEverywhere()).containsExactlyInAnyOrder(umbrella, cup);
        assertThat(register.ofMeeting(bed.meetingId)).hasSize(2);
    }

    @Test
    void aReturnedItemCannotBeReturnedAgainAndAnItemNeedsAName() {
        LeftItem item = register.register(bed.meetingId, "钥匙", "", "", "吕佳");
        register.markReturned(item.id(), "失主");

        assertThatThrownBy(() -> register.markReturned(item.id(), "另一人"))
                .extracting(e -> ((IncidentRejectedException) e).problem())
                .isEqualTo(IncidentProblem.ITEM_ALREADY_RETURNED);
        assertThatThrownBy(() -> register.register(bed.meetingId, " ", "", "", "吕佳"))
                .extracting(e -> ((IncidentRejectedException) e).problem())
                .isEqualTo(IncidentProblem.ITEM_MISSING_TEXT);
    }
}
