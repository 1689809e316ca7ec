package org.huiwu.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.huiwu.persistence.Database;

/**
 * Test helpers for the hostile-bundle corpus: edits a bundle's documents as JSON, and snapshots a data folder
 * (every row of every table, every file with its checksum) to show a refused merge changed nothing.
 */
final class HostileBundleCorpus {

    private HostileBundleCorpus() {
    }

    /** Edits the tables of one document of the entries in place. */
    @SuppressWarnings("unchecked")
    static Map<String, byte[]> editTables(Map<String, byte[]> entries, String document,
            Consumer<Map<String, List<Map<String, Object>>>> edit) {
        try {
            Map<String, Object> json = BundleFormat.MAPPER.readValue(entries.get(document), Map.class);
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            ((Map<String, List<Map<String, Object>>>) json.get("tables")).forEach((t, rows) ->
                    tables.put(t, new ArrayList<>(rows)));
            edit.accept(tables);
            json.put("tables", tables);
            entries.put(document, BundleFormat.json(json));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the first row of the table in the tables, with the changes applied. */
    static Map<String, Object> copyOf(Map<String, List<Map<String, Object>>> tables, String table,
            Map<String, Object> changes) {
        Map<String, Object> row = new LinkedHashMap<>(tables.get(table).get(0));
        row.putAll(changes);
        return row;
    }

    /** Every row of every table and every file (but the database's own) of the closed data folder. */
    static Map<String, String> snapshot(Path dataDir) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Database database = Database.open(dataDir)) {
            database.jdbi().useHandle(handle -> {
                for (String table : handle.createQuery("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'
                        AND table_name <> 'flyway_schema_history'""").mapTo(String.class).list()) {
                    List<String> rows = new ArrayList<>(handle.createQuery("SELECT * FROM " + table).mapToMap()
                            .map(row -> new TreeMap<>(row).toString()).list());
                    rows.sort(null);
                    state.put("table " + table, String.join("\n", rows));
                }
            });
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dataDir.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("huiwu.") && !name.endsWith(".db")) {
                    state.put("file " + name, BundleFormat.sha256(Files.readAllBytes(file)));
                }
            }
        }
        return state;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
