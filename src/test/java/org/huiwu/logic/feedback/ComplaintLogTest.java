package org.huiwu.logic.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.ComplaintVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complaints log on real H2: open → handling → closed, every change a kept version, refusals. */
@Tag("dao")
class ComplaintLogTest {

    @TempDir
    Path dataDir;

    private FeedbackTestbed bed;
    private ComplaintLog log;

    @BeforeEach
    void open() {
        bed = new FeedbackTestbed(dataDir);
        log = bed.desk.complaints();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private ComplaintDetails details(String result) {
        return new ComplaintDetails(log.now(), ComplaintChannel.PHONE, "市财政局", "陈处长", "0513-85001234", "会场环境",
                "空调太冷", "吕佳", "调高温度", result, "");
    }

    @Test
    void aComplaintIsHandledAndClosedAndEveryStepIsAVersion() {
        Complaint recorded = log.record(bed.meetingId, details(""), "吕佳");
        assertThat(recorded.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(recorded.receivedAt()).isEqualTo(FeedbackTestbed.T0);

        bed.clock.advance(Duration.ofMinutes(5));
        log.setStatus(recorded.id(), ComplaintStatus.HANDLING, details(""), "吕佳");
        bed.clock.advance(Duration.ofMinutes(10));
        Complaint closed = log.setStatus(recorded.id(), ComplaintStatus.CLOSED,
                new ComplaintDetails(recorded.receivedAt(), ComplaintChannel.PHONE, "市财政局", "陈处长", "0513-85001234",
                        "会场环境", "空调太冷", "吕佳", "调高温度", "已调整", "表示满意"), "周敏");

        assertThat(closed.closedAt()).isEqualTo(FeedbackTestbed.T0.plus(Duration.ofMinutes(15)));
        assertThat(closed.complainantResponse()).isEqualTo("表示满意");
        assertThat(log.history(recorded.id())).extracting(ComplaintVersion::kind)
                .containsExactly(ComplaintChange.CREATED, ComplaintChange.STATUS_CHANGED, ComplaintChange.STATUS_CHANGED);
        assertThat(log.history(recorded.id()).get(0).complaint()).isEqualTo(recorded);
        assertThat(log.history(recorded.id()).get(2).changedBy()).isEqualTo("周敏");
        assertThat(log.ofMeeting(bed.meetingId)).containsExactly(closed);
    }

    @Test
    void closingNeedsTheResultAndAClosedComplaintStaysAsItWas() {
        Complaint recorded = log.record(bed.meetingId, details(""), "吕佳");
        assertThatThrownBy(() -> log.setStatus(recorded.id(), ComplaintStatus.CLOSED, details(" "), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.RESULT_MISSING));
        log.setStatus(recorded.id(), ComplaintStatus.CLOSED, details("已调整"), "");

        assertThatThrownBy(() -> log.correct(recorded.id(), details("改"), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.CLOSED));
        assertThat(log.history(recorded.id())).hasSize(2);
    }

    @Test
    void aCorrectionKeepsThePreviousVersion() {
        Complaint recorded = log.record(bed.meetingId, details(""), "吕佳");
        ComplaintDetails edited = new ComplaintDetails(recorded.receivedAt(), ComplaintChannel.WRITTEN, "市财政局", "陈处长",
                "", "会场环境", "空调出风口直吹", "", "", "", "");

        log.correct(recorded.id(), edited, "吕佳");

        assertThat(log.history(recorded.id())).extracting(v -> v.complaint().content())
                .containsExactly("空调太冷", "空调出风口直吹");
        assertThat(log.history(recorded.id()).get(1).complaint().channel()).isEqualTo(ComplaintChannel.WRITTEN);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        ComplaintDetails noContent = new ComplaintDetails(log.now(), ComplaintChannel.PHONE, "", "", "", "", " ", "", "",
                "", "");
        ComplaintDetails future = new ComplaintDetails(log.now().plus(Duration.ofHours(1)), ComplaintChannel.PHONE, "",
                "", "", "", "内容", "", "", "", "");
        ComplaintDetails huge = new ComplaintDetails(log.now(), ComplaintChannel.PHONE, "", "", "", "", "长".repeat(100_000),
                "", "", "", "");

        assertThatThrownBy(() -> log.record(bed.meetingId, noContent, ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.CONTENT_MISSING));
        assertThatThrownBy(() -> log.record(bed.meetingId, future, ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.RECEIVED_LATER_THAN_NOW));
        assertThatThrownBy(() -> log.record(bed.meetingId, huge, ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.TEXT_TOO_LONG));
        assertThat(log.ofMeeting(bed.meetingId)).isEmpty();
    }

    @Test
    void theStatusOnlyMovesForward() {
        Complaint recorded = log.record(bed.meetingId, details(""), "");
        log.setStatus(recorded.id(), ComplaintStatus.HANDLING, null, "");

        assertThatThrownBy(() -> log.setStatus(recorded.id(), ComplaintStatus.OPEN, null, ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.STATUS_BACKWARDS));
    }
}
