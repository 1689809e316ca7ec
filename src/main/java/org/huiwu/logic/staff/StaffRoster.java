package org.huiwu.logic.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.persistence.StaffDao;

/**
 * The venue's service staff (annex B), its posts and duties (annex A) and the confidentiality pledges
 * (annex F), with the rule for a pledge's standing on a day. Validates before writing. Stateless apart
 * from its collaborators; call from a background thread.
 */
public final class StaffRoster {

    private final StaffDao staff;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final RosterSaves saves;

    public StaffRoster(StaffDao staff, Clock clock, Supplier<UUID> ids) {
        this.staff = staff;
        this.clock = clock;
        this.ids = ids;
        this.saves = new RosterSaves(staff);
    }

    /** Today in the venue's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every post, retired ones included, in order. */
    public List<StaffPost> posts() {
        return staff.posts();
    }

    /** A new, empty post with a fresh id (not stored until {@link #savePosts}). */
    public StaffPost newPost(String nameZh, String nameEn) {
        return new StaffPost(ids.get(), nameZh, nameEn, "", "", false);
    }

    /** Saves the posts in this order over the posts as stored now; every post needs a Chinese name. */
    public List<StaffPost> savePosts(List<StaffPost> posts) {
        return savePosts(staff.posts(), posts);
    }

    /**
     * Saves the posts in this order over {@code shown}, the posts as the editor read them (decision 0050): a post
     * another laptop changed meanwhile in a field also changed here refuses the save with
     * {@link StaffProblem#POSTS_CHANGED}; what only they changed is kept. Returns the posts as stored.
     */
    public List<StaffPost> savePosts(List<StaffPost> shown, List<StaffPost> posts) {
        for (StaffPost post : posts) {
            requireName(post.nameZh());
            requireLength(post.nameEn(), StaffProblem.MAX_SHORT_TEXT);
            requireLength(post.dutiesZh(), StaffProblem.MAX_LONG_TEXT);
            requireLength(post.dutiesEn(), StaffProblem.MAX_LONG_TEXT);
        }
        // during an outage the save queues and is merged post by post (decision 0044)
        saves.posts(shown, posts);
        return staff.posts();
    }

    /** Every person, by name. */
    public List<StaffMember> members() {
        return staff.members();
    }

    public Optional<StaffMember> member(UUID id) {
        return staff.members().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** A new person with a fresh id (not stored until {@link #save}). */
    public StaffMember draft(String name) {
        return new StaffMember(ids.get(), name, null, "", "", null, "");
    }

    /** Adds or updates the person over the person as stored now; the name is required. */
    public StaffMember save(StaffMember member) {
        return save(member(member.id()).orElse(null), member);
    }

    /**
     * Adds the person ({@code shown} null) or updates them over {@code shown}, the person as the roster showed them
     * (decision 0050): a field another laptop changed meanwhile and this edit changed too writes nothing and throws
     * {@link StaffMemberConflictException}; what only they changed is kept. Returns the person as written.
     */
    public StaffMember save(StaffMember shown, StaffMember member) {
        requireName(member.name());
        requireLength(member.grade(), StaffProblem.MAX_SHORT_TEXT);
        requireLength(member.phone(), StaffProblem.MAX_SHORT_TEXT);
        requireLength(member.notes(), StaffProblem.MAX_LONG_TEXT);
        // during an outage the edit queues and is merged field by field (decision 0044)
        return saves.member(shown, member, clock.instant().atOffset(java.time.ZoneOffset.UTC));
    }

    /** Records a signed pledge, valid from {@code signedOn} to {@code validUntil} inclusive. */
    public Pledge recordPledge(UUID staffId, LocalDate signedOn, LocalDate validUntil, String notes, String by) {
        if (member(staffId).isEmpty()) {
            throw new StaffRejectedException(StaffProblem.NOT_FOUND, "");
        }
        if (signedOn == null || validUntil == null || validUntil.isBefore(signedOn)) {
            throw new StaffRejectedException(StaffProblem.PLEDGE_DATES, "");
        }
        requireLength(notes, StaffProblem.MAX_LONG_TEXT);
        Pledge pledge = new Pledge(ids.get(), staffId, signedOn, validUntil, notes, by);
        staff.insertPledge(pledge, clock.instant().atOffset(java.time.ZoneOffset.UTC));
        return pledge;
    }

    /** The person's pledges, oldest first. */
    public List<Pledge> pledgesOf(UUID staffId) {
        return staff.pledgesOf(staffId);
    }

    /** Every pledge of every person. */
    public List<Pledge> pledges() {
        return staff.pledges();
    }

    /** The person's standing on {@code day}: valid when a pledge holds that day, expired when only others exist. */
    public static PledgeStatus status(List<Pledge> pledgesOfPerson, LocalDate day) {
        if (pledgesOfPerson.isEmpty()) {
            return PledgeStatus.MISSING;
        }
        return pledgesOfPerson.stream().anyMatch(p -> p.validOn(day)) ? PledgeStatus.VALID : PledgeStatus.EXPIRED;
    }

    /** The pledge that is or was last in force, empty when there is none. */
    public static Optional<Pledge> latest(List<Pledge> pledgesOfPerson) {
        return pledgesOfPerson.stream().max(Comparator.comparing(Pledge::validUntil));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new StaffRejectedException(StaffProblem.NAME_MISSING, "");
        }
        requireLength(name, StaffProblem.MAX_SHORT_TEXT);
    }

    private static void requireLength(String text, int limit) {
        if (text != null && text.strip().length() > limit) {
            throw new StaffRejectedException(StaffProblem.TEXT_TOO_LONG, String.valueOf(limit));
        }
    }
}
