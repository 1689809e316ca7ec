package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the venue's posts and duties, its staff and their confidentiality pledges. Posts are updated in
 * place (staff refer to them) and kept in the order given; pledges are only added. A person's details and a
 * pledge queue during a venue-server outage ({@link QueuedStaffRecords}, decision 0044). A person's and a post's every
 * write counts a new version, and an edit is written only over the row as the editor read it (decision 0050).
 * Thread-safe when attached on demand.
 */
public interface StaffDao {

    @SqlQuery("SELECT id, name_zh, name_en, duties_zh, duties_en, retired FROM staff_post ORDER BY position, id")
    @RegisterConstructorMapper(StaffPost.class)
    List<StaffPost> posts();

    @SqlUpdate("""
            UPDATE staff_post SET position = :position, name_zh = :p.nameZh, name_en = :p.nameEn,
                duties_zh = :p.dutiesZh, duties_en = :p.dutiesEn, retired = :p.retired, version = version + 1
            WHERE id = :p.id
            """)
    int updatePost(@BindMethods("p") StaffPost post, @Bind("position") int position);

    @SqlUpdate("""
            INSERT INTO staff_post (id, position, name_zh, name_en, duties_zh, duties_en, retired)
            VALUES (:p.id, :position, :p.nameZh, :p.nameEn, :p.dutiesZh, :p.dutiesEn, :p.retired)
            """)
    void insertPost(@BindMethods("p") StaffPost post, @Bind("position") int position);

    /** Saves the posts in this order: known ones updated, new ones added; none is deleted. */
    @Transaction
    default void savePosts(List<StaffPost> posts) {
        for (int i = 0; i < posts.size(); i++) {
            if (updatePost(posts.get(i), i + 1) == 0) {
                insertPost(posts.get(i), i + 1);
            }
        }
    }

    @SqlQuery("SELECT version FROM staff_post WHERE id = :id")
    java.util.Optional<Integer> postVersion(@Bind("id") UUID id);

    @SqlQuery("SELECT id, name_zh, name_en, duties_zh, duties_en, retired FROM staff_post WHERE id = :id")
    @RegisterConstructorMapper(StaffPost.class)
    java.util.Optional<StaffPost> post(@Bind("id") UUID id);

    @SqlUpdate("UPDATE staff_post SET version = version + 1 WHERE id = :id AND version = :expected")
    int claimPost(@Bind("id") UUID id, @Bind("expected") int expected);

    /**
     * Saves the posts in this order over {@code base}, the posts as the editor read them, all or nothing: each post
     * read is written only while it is stored exactly as read, at the version read in this transaction (decision
     * 0050); a post not read is added. {@link OfflineDaos} queues it during an outage, and sent each post is merged
     * field by field (decision 0044).
     *
     * @throws ConcurrentChangeException naming the first post another laptop changed since it was read
     */
    @Transaction
    default void savePostsFrom(List<StaffPost> base, List<StaffPost> mine) {
        for (StaffPost post : mine) {
            StaffPost read = base.stream().filter(p -> p.id().equals(post.id())).findFirst().orElse(null);
            if (read == null) {
                continue;
            }
            java.util.Optional<Integer> version = postVersion(post.id());
            if (version.isEmpty() || !post(post.id()).equals(java.util.Optional.of(read))
                    || claimPost(post.id(), version.get()) == 0) {
                throw new ConcurrentChangeException(post.id());
            }
        }
        savePosts(mine);
    }

    /** Ids in the order both engines sort a UUID column: as unsigned 128-bit numbers. */
    java.util.Comparator<UUID> ID_ORDER = java.util.Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** The order of {@link #members()}, for rosters put together in memory; {@code StaffDaoTest} pins it. */
    java.util.Comparator<StaffMember> ROSTER = java.util.Comparator.comparing(StaffMember::name)
            .thenComparing(StaffMember::id, ID_ORDER);

    /**
     * The order of {@link #pledges()} and {@link #pledgesOf}, but for the time each was recorded, which a pledge does
     * not carry: pledges signed the same day stay in the order they are given (a stable sort keeps them).
     */
    java.util.Comparator<Pledge> PLEDGES = java.util.Comparator.comparing(Pledge::staffId, ID_ORDER)
            .thenComparing(Pledge::signedOn);

    @SqlQuery("SELECT id, name, post_id, grade, phone, start_date, notes FROM staff_member ORDER BY name, id")
    @RegisterConstructorMapper(StaffMember.class)
    List<StaffMember> members();

    @SqlUpdate("""
            UPDATE staff_member SET name = :m.name, post_id = :m.postId, grade = :m.grade, phone = :m.phone,
                start_date = :m.startDate, notes = :m.notes, changed_at = :at, version = version + 1
            WHERE id = :m.id AND (version = :expected OR :expected < 0)
            """)
    int updateMemberAt(@BindMethods("m") StaffMember member, @Bind("at") OffsetDateTime at,
            @Bind("expected") int expected);

    /** Updates the stored person with this id, unchecked (a new version all the same); returns the rows changed. */
    default int updateMember(StaffMember member, OffsetDateTime at) {
        return updateMemberAt(member, at, -1);
    }

    @SqlUpdate("""
            INSERT INTO staff_member (id, name, post_id, grade, phone, start_date, notes, changed_at)
            VALUES (:m.id, :m.name, :m.postId, :m.grade, :m.phone, :m.startDate, :m.notes, :at)
            """)
    void insertMember(@BindMethods("m") StaffMember member, @Bind("at") OffsetDateTime at);

    /** Adds the person or updates the stored one with the same id. */
    @Transaction
    default void saveMember(StaffMember member, OffsetDateTime at) {
        if (updateMember(member, at) == 0) {
            insertMember(member, at);
        }
    }

    @SqlQuery("SELECT id, name, post_id, grade, phone, start_date, notes FROM staff_member WHERE id = :id")
    @RegisterConstructorMapper(StaffMember.class)
    java.util.Optional<StaffMember> member(@Bind("id") UUID id);

    @SqlQuery("SELECT version FROM staff_member WHERE id = :id")
    java.util.Optional<Integer> memberVersion(@Bind("id") UUID id);

    /** The person with the version they were read at (decision 0050); the version is read first, as for attendees. */
    @Transaction
    default java.util.Optional<Versioned<StaffMember>> memberVersioned(UUID id) {
        return memberVersion(id).flatMap(v -> member(id).map(m -> new Versioned<>(m, v)));
    }

    /**
     * Adds the person ({@code base} null) or changes their details from {@code base}, the person as the roster showed
     * them: only while they are stored exactly so, at the version read in this transaction (decision 0050).
     * {@link OfflineDaos} queues it during an outage, and sent it is merged field by field (decision 0044).
     *
     * @throws ConcurrentChangeException when another laptop changed the person since they were shown; nothing is
     *         written then
     */
    @Transaction
    default void saveMemberFrom(StaffMember base, StaffMember mine, OffsetDateTime at) {
        if (base == null) {
            saveMember(mine, at);
            return;
        }
        java.util.Optional<Versioned<StaffMember>> stored = memberVersioned(mine.id());
        if (stored.isEmpty() || !stored.get().record().equals(base)
                || updateMemberAt(mine, at, stored.get().version()) == 0) {
            throw new ConcurrentChangeException(mine.id());
        }
    }

    @SqlQuery("""
            SELECT id, staff_id, signed_on, valid_until, notes, recorded_by FROM staff_pledge
            ORDER BY staff_id, signed_on, recorded_at, id
            """)
    @RegisterConstructorMapper(Pledge.class)
    List<Pledge> pledges();

    @SqlQuery("""
            SELECT id, staff_id, signed_on, valid_until, notes, recorded_by FROM staff_pledge
            WHERE staff_id = :staff ORDER BY signed_on, recorded_at, id
            """)
    @RegisterConstructorMapper(Pledge.class)
    List<Pledge> pledgesOf(@Bind("staff") UUID staffId);

    @SqlUpdate("""
            INSERT INTO staff_pledge (id, staff_id, signed_on, valid_until, notes, recorded_at, recorded_by)
            VALUES (:p.id, :p.staffId, :p.signedOn, :p.validUntil, :p.notes, :at, :p.recordedBy)
            """)
    void insertPledge(@BindMethods("p") Pledge pledge, @Bind("at") OffsetDateTime at);
}
