package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.huiwu.Fixtures;
import org.huiwu.model.Attendee;
import org.huiwu.model.incidents.DocumentCopy;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentRecovery}: numbered copies issued, signed and recovered; a missing copy raises a lost-document incident. */
@Tag("dao")
class DocumentRecoveryTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;
    private DocumentRecovery recovery;
    private Attendee wang;
    private Attendee li;
    private Attendee zhang;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        recovery = bed.desk.documents();
        wang = bed.roster.save(Fixtures.attendee(bed.meetingId, "王建国", 1));
        li = bed.roster.save(Fixtures.attendee(bed.meetingId, "李文华", 2));
        zhang = bed.roster.save(Fixtures.attendee(bed.meetingId, "张志强", 3));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private List<DocumentCopy> issueThree() {
        return recovery.issue(bed.meetingId, "城市更新行动实施方案（送审稿）", List.of(wang.id(), li.id(), zhang.id()));
    }

    @Test
    void copiesAreNumberedPerTitleAndContinueOnTheNextIssue() {
        List<DocumentCopy> first = issueThree();
        List<DocumentCopy> more = recovery.issue(bed.meetingId, "城市更新行动实施方案（送审稿）", List.of(wang.id()));
        List<DocumentCopy> other = recovery.issue(bed.meetingId, "会议纪要", List.of(wang.id()));

        assertThat(first).extracting(DocumentCopy::copyNumber).containsExactly(1, 2, 3);
        assertThat(more).extracting(DocumentCopy::copyNumber).containsExactly(4);
        assertThat(other).extracting(DocumentCopy::copyNumber).containsExactly(1);
        assertThat(recovery.copies(bed.meetingId)).hasSize(5);
    }

    @Test
    void signingAndRecoveringAreTimedAndShrinkTheOutstandingList() {
        List<DocumentCopy> copies = issueThree();
        bed.clock.advance(Duration.ofMinutes(1));
        DocumentCopy signed = recovery.markSigned(copies.get(0).id());
        var recoveredAt = bed.clock.advance(Duration.ofHours(2));

        DocumentCopy back = recovery.markRecovered(copies.get(0).id(), "吕佳");

        assertThat(signed.signed()).isTrue();
        assertThat(back.recoveredAt()).isEqualTo(recoveredAt);
        assertThat(back.recoveredBy()).isEqualTo("吕佳");
        assertThat(recovery.outstanding(bed.meetingId)).extracting(DocumentCopy::copyNumber).containsExactly(2, 3);
    }

    @Test
    void closingWithACopyOutRaisesASevereLostDocumentIncident() {
        List<DocumentCopy> copies = issueThree();
        recovery.markRecovered(copies.get(0).id(), "吕佳");
        recovery.markRecovered(copies.get(2).id(), "吕佳");

        RecoveryClosing closing = recovery.closeRecovery(bed.meetingId, "吕佳");

        assertThat(closing.complete()).isFalse();
        assertThat(closing.missing()).extracting(DocumentCopy::copyNumber).containsExactly(2);
        Incident lost = closing.lostDocuments().orElseThrow();
        assertThat(lost.type()).isEqualTo(IncidentType.CONFIDENTIAL_DOCUMENT_LOST);
        assertThat(lost.severity()).isEqualTo(Severity.SEVERE);
        assertThat(lost.description()).contains("城市更新行动实施方案（送审稿）", "#2", "李文华").doesNotContain("王建国");
        assertThat(bed.desk.log().timeline(bed.meetingId, IncidentFilter.all())).containsExactly(lost);
        assertThat(bed.desk.checklists().of(lost.id()).procedure().type())
                .isEqualTo(IncidentType.CONFIDENTIAL_DOCUMENT_LOST);
        assertThat(bed.desk.log().history(lost.id())).hasSize(1);
    }

    @Test
    void closingWithEverythingBackRaisesNothingAndClosingAgainReturnsTheFirstClose() {
        issueThree().forEach(copy -> recovery.markRecovered(copy.id(), "吕佳"));

        RecoveryClosing closing = recovery.closeRecovery(bed.meetingId, "吕佳");
        bed.clock.advance(Duration.ofMinutes(5));

        assertThat(closing.complete()).isTrue();
        assertThat(closing.lostDocuments()).isEmpty();
        assertThat(recovery.closeRecovery(bed.meetingId, "王芳").closedAt()).isEqualTo(closing.closedAt());
        assertThat(bed.rows("incident")).isZero();
    }

    @Test
    void afterClosingNoCopyIsIssuedButALostCopyCanStillComeBack() {
        List<DocumentCopy> copies = issueThree();
        RecoveryClosing closing = recovery.closeRecovery(bed.meetingId, "吕佳");

        assertThatThrownBy(() -> recovery.issue(bed.meetingId, "补发", List.of(wang.id())))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.RECOVERY_CLOSED);
        recovery.markRecovered(copies.get(1).id(), "吕佳");
        RecoveryClosing later = recovery.closing(bed.meetingId).orElseThrow();
        assertThat(later.missing()).hasSize(2);
        assertThat(later.lostDocuments().map(Incident::id)).isEqualTo(closing.lostDocuments().map(Incident::id));
    }

    @Test
    void issuingNeedsATitleAndRecipients() {
        assertThatThrownBy(() -> recovery.issue(bed.meetingId, " ", List.of(wang.id())))
                .extracting(e -> ((IncidentRejectedException) e).problem())
                .isEqualTo(IncidentProblem.DOCUMENT_TITLE_MISSING);
        assertThatThrownBy(() -> recovery.issue(bed.meetingId, "纪要", List.of()))
                .extracting(e -> ((IncidentRejectedException) e).problem()).isEqualTo(IncidentProblem.NO_RECIPIENTS);
    }
}
