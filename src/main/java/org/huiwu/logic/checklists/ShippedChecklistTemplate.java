package org.huiwu.logic.checklists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;

/**
 * The service-checklist template shipped with the app: the rows the migration that made the template table stores
 * (fixed ids, decision 0013), read from that migration on the class path. A meeting's first checklist opened during
 * an outage on a laptop that never read the venue's template is copied from it (decision 0043), so its items carry
 * the same template item ids as a copy of the venue's template would where the venue kept the shipped items.
 * Stateless and thread-safe.
 */
public final class ShippedChecklistTemplate {

    /** The migration whose {@code INSERT} holds the shipped items. */
    static final String MIGRATION = "/db/migration/V7__service_checklists.sql";

    private static final Pattern ROW = Pattern.compile(
            "\\('([0-9a-f-]{36})', '(BEFORE|DURING|AFTER)', (\\d+), '((?:[^']|'')*)', '((?:[^']|'')*)'");

    private ShippedChecklistTemplate() {
    }

    /**
     * The template's active items; while the venue server cannot be reached and this laptop never read the template,
     * the shipped ones, after running {@code shipped} (the checklist tab then says so).
     */
    static List<TemplateItem> activeItems(ChecklistTemplate template, Runnable shipped) {
        try {
            return template.activeItems();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            shipped.run();
            return items();
        }
    }

    /** The shipped items, in the migration's order. */
    public static List<TemplateItem> items() {
        String sql;
        try (InputStream in = ShippedChecklistTemplate.class.getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MIGRATION);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TemplateItem> items = new ArrayList<>();
        Matcher row = ROW.matcher(sql);
        while (row.find()) {
            items.add(new TemplateItem(UUID.fromString(row.group(1)), ChecklistPhase.valueOf(row.group(2)),
                    Integer.parseInt(row.group(3)), row.group(4).replace("''", "'"), row.group(5).replace("''", "'"),
                    false, Instant.parse("2025-12-31T16:00:00Z"), ""));
        }
        return List.copyOf(items);
    }
}
