package org.huiwu.logic.staff;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.QueuedStaffRecords;
import org.huiwu.persistence.StaffDao;

/**
 * Writes a person's details and the venue's posts over what the roster showed (decision 0050). The DAO writes only
 * while the rows are stored as shown, at the versions read in its transaction; when another laptop changed one
 * since, it is read again and merged field by field ({@link FieldMerge}): what only the other laptop changed is kept
 * and the edit written over it, three attempts. A field both changed differently writes nothing: for a person
 * {@link StaffMemberConflictException} (the roster asks keep mine / take theirs), for a post
 * {@link StaffProblem#POSTS_CHANGED} naming it (the editor shows the stored posts). During an outage the DAO proxy
 * queues the write instead (decision 0044). Stateless; call off the FX thread.
 */
final class RosterSaves {

    private static final int ATTEMPTS = 3;

    private final StaffDao staff;

    RosterSaves(StaffDao staff) {
        this.staff = staff;
    }

    /** Writes {@code mine} over {@code shown} (null for a new person); returns the person as written. */
    StaffMember member(StaffMember shown, StaffMember mine, OffsetDateTime at) {
        StaffMember base = shown;
        StaffMember written = mine;
        for (int attempt = 1; ; attempt++) {
            try {
                staff.saveMemberFrom(base, written, at);
                return written;
            } catch (ConcurrentChangeException elsewhere) {
                if (attempt >= ATTEMPTS) {
                    throw elsewhere;
                }
            }
            StaffMember now = staff.member(mine.id())
                    .orElseThrow(() -> new StaffRejectedException(StaffProblem.NOT_FOUND, ""));
            FieldMerge<StaffMember> merge = new FieldMerge<>(shown, mine, now, StaffRecordReplays.FIELDS);
            if (!merge.clashes().isEmpty()) {
                throw new StaffMemberConflictException(merge);
            }
            base = now;
            written = merge.resolved(true);
        }
    }

    /** Writes the posts in this order over {@code shown}, the posts as the editor read them. */
    void posts(List<StaffPost> shown, List<StaffPost> mine) {
        List<StaffPost> base = shown;
        List<StaffPost> written = mine;
        for (int attempt = 1; ; attempt++) {
            try {
                staff.savePostsFrom(base, written);
                return;
            } catch (ConcurrentChangeException elsewhere) {
                if (attempt >= ATTEMPTS) {
                    throw elsewhere;
                }
            }
            List<StaffPost> stored = staff.posts();
            List<String> clashes = new ArrayList<>();
            written = QueuedStaffRecords.postsOver(stored, shown, mine, (theirs, read, post) -> {
                FieldMerge<StaffPost> merge = new FieldMerge<>(read, post, theirs, StaffRecordReplays.POST_FIELDS);
                if (!merge.clashes().isEmpty()) {
                    clashes.add(post.nameZh());
                }
                return merge.resolved(true);
            });
            if (!clashes.isEmpty()) {
                throw new StaffRejectedException(StaffProblem.POSTS_CHANGED, clashes.get(0));
            }
            base = stored;
        }
    }
}
