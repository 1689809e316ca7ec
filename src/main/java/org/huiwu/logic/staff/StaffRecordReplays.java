package org.huiwu.logic.staff;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.MergedReplay;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.QueuedAssessments;
import org.huiwu.persistence.QueuedStaffRecords;
import org.huiwu.persistence.StaffDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the staff roster's records and the assessments made during an outage (decision 0044), over the venue server's
 * DAOs. The venue's posts are merged post by post, field by field (below). A person made here is stored unless their
 * id is (the commit arrived, the answer did not); a person's details are merged field by field against the person as
 * the roster showed them ({@link FieldMerge}): a field only the other laptop changed keeps theirs, a field both
 * changed keeps theirs, logged and counted. A pledge is stored unless its id is. An assessment is stored unless it is
 * stored as made; it is kept out, logged and counted when another laptop corrected it meanwhile, or assessed the same
 * person for the same day (and meeting) while this one was new; one scored on a form version this laptop made and
 * that was refused is stored as made on a version not kept ({@link AssessedForm}). A person's and the posts' writes
 * are checked at the versions just read (decision 0050): a write in between makes them read and merge again.
 * Stateless; call off the FX thread.
 */
public final class StaffRecordReplays {

    private static final Logger LOG = LoggerFactory.getLogger(StaffRecordReplays.class);

    /** The fields of a person the roster's form edits, labelled as the roster's export names them. */
    static final List<FieldMerge.Field<StaffMember>> FIELDS = List.of(
            FieldMerge.Field.<StaffMember, String>of("staff.export.name", StaffMember::name, (m, v) ->
                    new StaffMember(m.id(), v, m.postId(), m.grade(), m.phone(), m.startDate(), m.notes())),
            FieldMerge.Field.<StaffMember, java.util.UUID>of("staff.export.post", StaffMember::postId, (m, v) ->
                    new StaffMember(m.id(), m.name(), v, m.grade(), m.phone(), m.startDate(), m.notes())),
            FieldMerge.Field.<StaffMember, String>of("staff.export.grade", StaffMember::grade, (m, v) ->
                    new StaffMember(m.id(), m.name(), m.postId(), v, m.phone(), m.startDate(), m.notes())),
            FieldMerge.Field.<StaffMember, String>of("staff.export.phone", StaffMember::phone, (m, v) ->
                    new StaffMember(m.id(), m.name(), m.postId(), m.grade(), v, m.startDate(), m.notes())),
            FieldMerge.Field.<StaffMember, java.time.LocalDate>of("staff.export.startDate", StaffMember::startDate,
                    (m, v) -> new StaffMember(m.id(), m.name(), m.postId(), m.grade(), m.phone(), v, m.notes())),
            FieldMerge.Field.<StaffMember, String>of("staff.export.notes", StaffMember::notes, (m, v) ->
                    new StaffMember(m.id(), m.name(), m.postId(), m.grade(), m.phone(), m.startDate(), v)));

    /** The fields of a post the posts editor changes. */
    static final List<FieldMerge.Field<StaffPost>> POST_FIELDS = List.of(
            FieldMerge.Field.<StaffPost, List<String>>of("staff.export.post", p -> List.of(p.nameZh(), p.nameEn()),
                    (p, v) -> new StaffPost(p.id(), v.get(0), v.get(1), p.dutiesZh(), p.dutiesEn(), p.retired())),
            FieldMerge.Field.<StaffPost, List<String>>of("staff.posts.dutiesZh", p -> List.of(p.dutiesZh(),
                    p.dutiesEn()), (p, v) -> new StaffPost(p.id(), p.nameZh(), p.nameEn(), v.get(0), v.get(1),
                            p.retired())),
            FieldMerge.Field.<StaffPost, Boolean>of("staff.posts.retired", StaffPost::retired,
                    (p, v) -> new StaffPost(p.id(), p.nameZh(), p.nameEn(), p.dutiesZh(), p.dutiesEn(), v)));

    private StaffRecordReplays() {
    }

    /**
     * The venue's posts saved over the posts as read: each post merged field by field with the stored one (a field
     * both laptops changed keeps theirs, counted once for the save), in the order saved here, posts added elsewhere
     * meanwhile after them.
     */
    public static Replay posts(StaffDao staff) {
        return body -> {
            QueuedStaffRecords.PostsSaved saved = QueuedStaffRecords.posts(body);
            for (int attempt = 1; ; attempt++) {
                List<StaffPost> stored = staff.posts();
                java.util.Set<String> clashes = new java.util.TreeSet<>();
                List<StaffPost> merged = QueuedStaffRecords.postsOver(stored, saved.base(), saved.mine(),
                        (theirs, base, mine) -> {
                            FieldMerge<StaffPost> merge = new FieldMerge<>(base, mine, theirs, POST_FIELDS);
                            merge.clashes().forEach(f -> clashes.add(mine.nameZh() + ":" + f.labelKey()));
                            return merge.resolved(false);
                        });
                try {
                    if (!merged.equals(stored)) {
                        staff.savePostsFrom(stored, merged); // at the versions of the posts just read (0050)
                    }
                } catch (org.huiwu.persistence.ConcurrentChangeException again) {
                    if (attempt >= 3) {
                        throw again;
                    }
                    continue;
                }
                if (!clashes.isEmpty()) {
                    LOG.warn("Queued save of the posts: {} changed on another laptop meanwhile; theirs is kept",
                            clashes);
                }
                return !clashes.isEmpty();
            }
        };
    }

    /** A person added, or their details changed over the person as shown. */
    public static Replay members(StaffDao staff) {
        return body -> {
            QueuedStaffRecords.MemberSaved saved = QueuedStaffRecords.member(body);
            StaffMember mine = saved.mine();
            Optional<StaffMember> stored = staff.member(mine.id());
            if (stored.isEmpty()) {
                staff.insertMember(mine, saved.at().atOffset(ZoneOffset.UTC));
                return false;
            }
            if (saved.base() == null) {
                LOG.info("Queued new person {} already stored", mine.id());
                return false;
            }
            // written at the version just read, so a write in between is merged again (decision 0050)
            return MergedReplay.replay("person", mine.id(), saved.base(), mine, FIELDS,
                    () -> staff.memberVersioned(mine.id()), (written, version) ->
                            staff.updateMemberAt(written, saved.at().atOffset(ZoneOffset.UTC), version) == 1);
        };
    }

    /** A confidentiality pledge recorded. */
    public static Replay pledges(StaffDao staff) {
        return body -> {
            QueuedStaffRecords.PledgeRecorded recorded = QueuedStaffRecords.pledge(body);
            Pledge pledge = recorded.pledge();
            if (staff.pledgesOf(pledge.staffId()).stream().noneMatch(p -> p.id().equals(pledge.id()))) {
                staff.insertPledge(pledge, recorded.at().atOffset(ZoneOffset.UTC));
            }
            return false;
        };
    }

    /** An assessment recorded or corrected over the one shown. */
    public static Replay assessments(AssessmentDao assessments) {
        return body -> {
            QueuedAssessments.AssessmentSaved queued = QueuedAssessments.saved(body);
            // on a form version made here and refused when sent, it is stored as made on a version not kept (0048)
            Assessment mine = AssessedForm.asStored(queued.mine(), assessments);
            QueuedAssessments.AssessmentSaved saved = new QueuedAssessments.AssessmentSaved(
                    AssessedForm.asStored(queued.seen(), assessments), mine, queued.at());
            List<Assessment> ofDay = assessments.between(mine.day(), mine.day());
            Optional<Assessment> stored = ofDay.stream().filter(a -> a.id().equals(mine.id())).findFirst();
            if (stored.isPresent() && stored.get().equals(mine)) {
                return false;
            }
            String refused = null;
            if (stored.isPresent() && saved.seen() != null && !stored.get().equals(saved.seen())) {
                refused = "another laptop corrected it";
            } else if (stored.isEmpty() && ofDay.stream().anyMatch(a -> a.staffId().equals(mine.staffId())
                    && Objects.equals(a.meetingId(), mine.meetingId()))) {
                refused = "another laptop assessed the person for that day";
            }
            if (refused != null) {
                LOG.warn("Queued assessment {} of {} on {} kept out: {} meanwhile; theirs is kept", mine.id(),
                        mine.staffName(), mine.day(), refused);
                return true;
            }
            assessments.save(mine, saved.at().atOffset(ZoneOffset.UTC));
            return false;
        };
    }
}
