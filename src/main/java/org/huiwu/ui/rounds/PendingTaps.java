package org.huiwu.ui.rounds;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.ui.common.TaskRunner;

/**
 * The taps the round board shows as served whose write is not stored yet: each is written in the
 * background at once, and a write that failed is written again on every fifth pulse until it is
 * stored. FX thread only; the writes go through the {@link TaskRunner}.
 */
final class PendingTaps {

    /** Pulses (one a second) between two retries of the failed writes. */
    static final int RETRY_EVERY = 5;

    private final Map<String, SeatVisit> notYetStored = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final TaskRunner runner;
    private final RoundServices services;
    private final BiConsumer<SeatVisit, ServiceEvent> onStored;
    private final Consumer<Throwable> onFailed;
    private int pulses;

    PendingTaps(TaskRunner runner, RoundServices services, BiConsumer<SeatVisit, ServiceEvent> onStored,
            Consumer<Throwable> onFailed) {
        this.runner = runner;
        this.services = services;
        this.onStored = onStored;
        this.onFailed = onFailed;
    }

    /** Takes a tap and writes it. */
    void tap(SeatVisit visit) {
        notYetStored.put(visit.seatKey(), visit);
        store(visit);
    }

    /** The write of the tap at {@code seatKey} is stored (or the seat was recorded another way). */
    void stored(String seatKey) {
        notYetStored.remove(seatKey);
    }

    boolean contains(String seatKey) {
        return notYetStored.containsKey(seatKey);
    }

    Set<String> seats() {
        return notYetStored.keySet();
    }

    int size() {
        return notYetStored.size();
    }

    /** The taps not stored yet, by seat. */
    Map<String, SeatVisit> visits() {
        return Map.copyOf(notYetStored);
    }

    /** Counts a pulse; every {@link #RETRY_EVERY}th retries the failed writes. */
    void pulse() {
        if (++pulses % RETRY_EVERY == 0) {
            retry();
        }
    }

    /** Writes every tap whose write failed again (a write still under way is left to finish). */
    void retry() {
        List<SeatVisit> again = notYetStored.entrySet().stream().filter(e -> failed.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        failed.clear();
        again.forEach(this::store);
    }

    private void store(SeatVisit visit) {
        runner.run(() -> services.serviceLog().markServed(visit), event -> onStored.accept(visit, event), failure -> {
            failed.add(visit.seatKey());
            onFailed.accept(failure);
        });
    }
}
