package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;

/**
 * The staff roster's own records and the assessments made during an outage (decision 0044): a person added or their
 * details changed over the person as the roster showed them ({@link StaffDao#saveMemberFrom}), a confidentiality
 * pledge ({@link StaffDao#insertPledge}), the venue's posts and duties over the posts as read
 * ({@link StaffDao#savePostsFrom}) and an assessment over the one shown ({@link AssessmentDao#saveFrom}), as the
 * outbox keeps them; and how they are shown before they are sent: a person made here joins the roster (and every
 * list staff are picked from), a changed field is set over the person read, a pledge joins the pledge lists, an
 * assessment the assessments of its days ({@link QueuedAssessments}). Reads about a person made here (their pledges,
 * the meetings they served) answer empty with what waits laid over. Stateless; call off the FX thread.
 */
public final class QueuedStaffRecords {

    /** A person as saved ({@code mine}) over the person as the roster showed them ({@code base}, null when new). */
    public record MemberSaved(StaffMember base, StaffMember mine, Instant at) {
    }

    /** The posts as saved ({@code mine}, in order) over the posts as the editor read them ({@code base}). */
    public record PostsSaved(List<StaffPost> base, List<StaffPost> mine, Instant at) {
    }

    /** How one post is laid over: the post as shown or stored, as read, and as saved here. */
    @FunctionalInterface
    public interface PostMerge {
        StaffPost merged(StaffPost shown, StaffPost base, StaffPost mine);
    }

    /** A pledge as recorded, and when. */
    public record PledgeRecorded(Pledge pledge, Instant at) {
    }


    private QueuedStaffRecords() {
    }

    public static MemberSaved member(String body) {
        return RecordJson.read(body, MemberSaved.class);
    }

    public static PledgeRecorded pledge(String body) {
        return RecordJson.read(body, PledgeRecorded.class);
    }

    public static PostsSaved posts(String body) {
        return RecordJson.read(body, PostsSaved.class);
    }

    /**
     * The posts {@code shown} in {@code mine}'s order, each merged by {@code merge} where it was read and is shown (a
     * post new here as saved), then the posts only shown (added elsewhere meanwhile).
     */
    public static List<StaffPost> postsOver(List<StaffPost> shown, List<StaffPost> base, List<StaffPost> mine,
            PostMerge merge) {
        List<StaffPost> result = new ArrayList<>();
        for (StaffPost post : mine) {
            StaffPost now = shown.stream().filter(p -> p.id().equals(post.id())).findFirst().orElse(null);
            StaffPost read = base.stream().filter(p -> p.id().equals(post.id())).findFirst().orElse(null);
            result.add(now == null || read == null ? post : merge.merged(now, read, post));
        }
        shown.stream().filter(p -> mine.stream().noneMatch(m -> m.id().equals(p.id()))).forEach(result::add);
        return List.copyOf(result);
    }

    /** The queued form of a roster or assessment write, or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner == StaffDao.class && name.equals("savePostsFrom")) {
            Instant at = Instant.now();
            return new QueuedWrites.Queued(QueuedRecord.KIND_STAFF_POSTS, UUID.randomUUID(), null,
                    RecordJson.write(new PostsSaved(List.copyOf((List<StaffPost>) args[0]),
                            List.copyOf((List<StaffPost>) args[1]), at)), at, null);
        }
        if (owner == StaffDao.class && name.equals("saveMemberFrom")) {
            Instant at = ((OffsetDateTime) args[2]).toInstant();
            return new QueuedWrites.Queued(QueuedRecord.KIND_STAFF_MEMBER, UUID.randomUUID(), null,
                    RecordJson.write(new MemberSaved((StaffMember) args[0], (StaffMember) args[1], at)), at, null);
        }
        if (owner == StaffDao.class && name.equals("insertPledge")) {
            Pledge pledge = (Pledge) args[0];
            Instant at = ((OffsetDateTime) args[1]).toInstant();
            return new QueuedWrites.Queued(QueuedRecord.KIND_STAFF_PLEDGE, pledge.id(), null,
                    RecordJson.write(new PledgeRecorded(pledge, at)), at, null);
        }
        if (owner == AssessmentDao.class && name.equals("saveFrom")) {
            Instant at = ((OffsetDateTime) args[2]).toInstant();
            Assessment mine = (Assessment) args[1];
            return new QueuedWrites.Queued(QueuedRecord.KIND_ASSESSMENT, UUID.randomUUID(), mine.meetingId(),
                    QueuedAssessments.saved((Assessment) args[0], mine, at), at, null);
        }
        return null;
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == StaffDao.class && Set.of("members", "member", "pledges", "pledgesOf", "posts").contains(name)
                || QueuedAssessments.covers(owner, name);
    }

    /**
     * Whether the read asks about a person made here (their pledges, the meetings they served, the person), so it is
     * answered without the server.
     */
    static boolean known(Method method, Object[] args, LocalOutbox outbox) {
        Class<?> owner = method.getDeclaringClass();
        boolean aboutPerson = owner == StaffDao.class && Set.of("member", "pledgesOf").contains(method.getName())
                || owner == StaffingDao.class && method.getName().equals("meetingsOf");
        return aboutPerson && args[0] instanceof UUID id && outbox.size() > 0 && madeHere(outbox).contains(id);
    }

    /** The answer with the waiting records laid over it, in the order made. */
    @SuppressWarnings("unchecked")
    static Object apply(Method method, Object[] args, Object answer, LocalOutbox outbox) {
        String name = method.getName();
        if (method.getDeclaringClass() == AssessmentDao.class) {
            return QueuedAssessments.apply(args, answer, outbox);
        }
        if (name.equals("posts")) {
            List<StaffPost> posts = (List<StaffPost>) answer;
            for (QueuedRecord record : outbox.waiting(QueuedRecord.KIND_STAFF_POSTS)) {
                PostsSaved saved = posts(record.body());
                posts = postsOver(posts, saved.base(), saved.mine(), QueuedMeetingEdits::changedOver);
            }
            return posts;
        }
        if (name.startsWith("pledges")) {
            List<Pledge> all = new ArrayList<>((List<Pledge>) answer);
            outbox.waiting(QueuedRecord.KIND_STAFF_PLEDGE).stream().map(r -> pledge(r.body()).pledge())
                    .filter(p -> args == null || args.length == 0 || p.staffId().equals(args[0]))
                    .filter(p -> all.stream().noneMatch(stored -> stored.id().equals(p.id()))).forEach(all::add);
            all.sort(StaffDao.PLEDGES);
            return List.copyOf(all);
        }
        List<StaffMember> people = new ArrayList<>(name.equals("member")
                ? ((Optional<StaffMember>) answer).stream().toList() : (List<StaffMember>) answer);
        for (QueuedRecord record : outbox.waiting(QueuedRecord.KIND_STAFF_MEMBER)) {
            MemberSaved saved = member(record.body());
            boolean shown = people.stream().anyMatch(p -> p.id().equals(saved.mine().id()));
            if (!shown && (name.equals("members") || saved.mine().id().equals(args[0]))) {
                people.add(saved.mine());
            } else if (shown) {
                people.replaceAll(p -> p.id().equals(saved.mine().id()) ? saved.base() == null ? saved.mine()
                        : QueuedMeetingEdits.changedOver(p, saved.base(), saved.mine()) : p);
            }
        }
        if (name.equals("member")) {
            return people.stream().findFirst();
        }
        people.sort(StaffDao.ROSTER);
        return List.copyOf(people);
    }

    /**
     * A remembered answer to {@code pledgesOf(person)} (key: DAO, method, person) from the remembered whole pledge list
     * (the roster reads it on every reload); null when that was never read.
     */
    static Object fromWholeList(List<Object> key, Iterable<Map.Entry<List<Object>, Object>> remembered) {
        if (!key.get(0).equals(StaffDao.class.getName())) {
            return null;
        }
        for (Map.Entry<List<Object>, Object> e : remembered) {
            if (e.getKey().equals(List.of(StaffDao.class.getName(), "pledges"))) {
                return ((List<?>) e.getValue()).stream().map(Pledge.class::cast)
                        .filter(p -> p.staffId().equals(key.get(2))).toList();
            }
        }
        return null;
    }

    /** The people made on this laptop whose records wait. */
    private static Set<UUID> madeHere(LocalOutbox outbox) {
        return outbox.waiting(QueuedRecord.KIND_STAFF_MEMBER).stream().map(r -> member(r.body()))
                .filter(s -> s.base() == null).map(s -> s.mine().id()).collect(Collectors.toSet());
    }
}
