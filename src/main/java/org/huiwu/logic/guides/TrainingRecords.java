package org.huiwu.logic.guides;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.training.TrainingSession;
import org.huiwu.persistence.TrainingDao;

/**
 * The staff training records kept with the procedure guides: records a session (trainer, day, guides
 * covered, trainees) and lists the sessions of a period. Names are tidied (blanks trimmed, empty lines
 * and repeats dropped) before they are stored. Each call is one transaction. Plain synchronous code:
 * call it off the FX thread; safe to call from several threads (the DAO opens a handle per call).
 */
public final class TrainingRecords {

    private final TrainingDao dao;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public TrainingRecords(TrainingDao dao, Clock clock, Supplier<UUID> ids) {
        this.dao = Objects.requireNonNull(dao, "dao");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Today in the clock's zone: the date a new record defaults to. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a session and returns it as stored.
     *
     * @throws IllegalArgumentException when the trainer is blank, or no guide or no trainee is named
     */
    public TrainingSession record(String trainer, LocalDate date, Collection<String> guideIds,
            Collection<String> trainees, String notes) {
        Objects.requireNonNull(date, "date");
        String who = trainer == null ? "" : trainer.strip();
        List<String> guides = tidy(guideIds);
        List<String> people = tidy(trainees);
        if (who.isEmpty() || guides.isEmpty() || people.isEmpty()) {
            throw new IllegalArgumentException("a training session needs a trainer, a guide and a trainee");
        }
        TrainingSession session = new TrainingSession(ids.get(), who, date, guides, people,
                notes == null ? "" : notes.strip());
        dao.save(session, clock.instant());
        return session;
    }

    /** The sessions held from {@code from} to {@code to}, both inclusive, oldest first. */
    public List<TrainingSession> list(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
        }
        return dao.between(from, to);
    }

    /** The sessions held in one calendar month. */
    public List<TrainingSession> list(YearMonth month) {
        return list(month.atDay(1), month.atEndOfMonth());
    }

    /** Splits text typed one name per line into tidy names. */
    public static List<String> names(String lines) {
        return lines == null ? List.of() : tidy(List.of(lines.split("\\R")));
    }

    private static List<String> tidy(Collection<String> values) {
        LinkedHashSet<String> tidy = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : new ArrayList<>(values)) {
            if (value != null && !value.isBlank()) {
                tidy.add(value.strip());
            }
        }
        return List.copyOf(tidy);
    }
}
