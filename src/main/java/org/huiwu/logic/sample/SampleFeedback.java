package org.huiwu.logic.sample;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.feedback.SurveyEntry;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.SurveyItem;

/**
 * The sample meeting's feedback: two survey forms typed in from the organisers' paper forms, and one
 * complaint about a draught, handled and closed. All names invented. Synchronous; call it off the FX
 * thread, once, when the sample meeting is created.
 */
final class SampleFeedback {

    private final FeedbackDesk feedback;
    private final Clock clock;

    SampleFeedback(FeedbackDesk feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    void add(UUID meetingId) {
        List<SurveyItem> items = feedback.surveys().templateOf(meetingId).items();
        Map<UUID, Integer> first = new HashMap<>();
        Map<UUID, Integer> second = new HashMap<>();
        for (SurveyItem item : items) {
            first.put(item.id(), 1);
            second.put(item.id(), item.position() == 3 ? 2 : 1);
        }
        feedback.surveys().add(meetingId, new SurveyEntry("市政府办公室", "张秘书", first, 1,
                "会前沟通及时，服务周到。"), "吕佳");
        feedback.surveys().add(meetingId, new SurveyEntry("市发展改革委", "", second, 2,
                "会场后排茶几有水渍，建议会前再检查一遍。"), "吕佳");
        ComplaintDetails draught = new ComplaintDetails(clock.instant().minus(Duration.ofMinutes(30)),
                ComplaintChannel.ON_THE_SPOT, "市财政局", "陈处长", "0513-85001234", "会场环境",
                "第三排靠窗座位空调出风直吹，较冷。", "", "", "", "");
        Complaint complaint = feedback.complaints().record(meetingId, draught, "吕佳");
        ComplaintDetails handled = new ComplaintDetails(draught.receivedAt(), draught.channel(),
                draught.complainantUnit(), draught.complainantName(), draught.complainantContact(), draught.category(),
                draught.content(), "吕佳", "调高空调温度并调整出风口方向，为陈处长更换至第三排中间空位。",
                "出风口已调整，座位已更换。", "陈处长表示满意。");
        feedback.complaints().setStatus(complaint.id(), ComplaintStatus.HANDLING, handled, "吕佳");
        feedback.complaints().setStatus(complaint.id(), ComplaintStatus.CLOSED, handled, "吕佳");
    }
}
