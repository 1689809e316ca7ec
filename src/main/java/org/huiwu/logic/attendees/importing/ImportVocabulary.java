package org.huiwu.logic.attendees.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.Side;

/**
 * The words an attendee list is written in: header synonyms per {@link AttendeeField} and the role and
 * side words, loaded once at construction from {@code header-synonyms.properties} and
 * {@code value-words.properties} beside this class. Also recognises the header row of a table.
 * Immutable after construction; safe to share between threads.
 */
public final class ImportVocabulary {

    /** How many leading rows may hold a title before the header (e.g. "XX会议参会代表名单"). */
    static final int HEADER_SEARCH_ROWS = 10;

    private final Map<String, AttendeeField> headers;
    private final Map<String, AttendeeRole> roles;
    private final Map<String, Side> sides;

    public ImportVocabulary() {
        Properties headerWords = load("header-synonyms.properties");
        Properties valueWords = load("value-words.properties");
        headers = index(headerWords, "", AttendeeField::valueOf);
        roles = index(valueWords, "role.", AttendeeRole::valueOf);
        sides = index(valueWords, "side.", Side::valueOf);
    }

    /** The field a header cell names, if any. */
    public Optional<AttendeeField> fieldForHeader(String header) {
        return Optional.ofNullable(headers.get(CellText.headerKey(header)));
    }

    /** The role a cell names, if any ("领导", "Delegate", "ＳＴＡＦＦ"…). */
    public Optional<AttendeeRole> role(String text) {
        return Optional.ofNullable(roles.get(CellText.key(text)));
    }

    /** The side a cell names, if any ("主方", "客", "Host"…). */
    public Optional<Side> side(String text) {
        return Optional.ofNullable(sides.get(CellText.key(text)));
    }

    /**
     * Guesses the mapping: among the first {@value #HEADER_SEARCH_ROWS} rows, the one whose cells name
     * the most fields is the header. When no row names any field the table is taken as header-less
     * and nothing is mapped, so the user maps the columns.
     */
    public ColumnMapping recognise(SourceTable table) {
        ColumnMapping best = ColumnMapping.unmapped();
        for (SourceRow row : table.rows().subList(0, Math.min(HEADER_SEARCH_ROWS, table.rows().size()))) {
            ColumnMapping candidate = mappingFor(row);
            if (candidate.fields().size() > best.fields().size()) {
                best = candidate;
            }
        }
        return best;
    }

    private ColumnMapping mappingFor(SourceRow row) {
        Map<Integer, AttendeeField> fields = new HashMap<>();
        for (int column = 0; column < row.cells().size(); column++) {
            int at = column;
            fieldForHeader(row.cell(column))
                    .filter(field -> !fields.containsValue(field))
                    .ifPresent(field -> fields.put(at, field));
        }
        return new ColumnMapping(row.rowNumber(), fields);
    }

    private static <T> Map<String, T> index(Properties words, String prefix, Function<String, T> constant) {
        Map<String, T> index = new HashMap<>();
        for (String property : words.stringPropertyNames()) {
            if (!property.startsWith(prefix) || (prefix.isEmpty() && property.contains("."))) {
                continue;
            }
            T value = constant.apply(property.substring(prefix.length()));
            for (String word : List.of(words.getProperty(property).split(","))) {
                T previous = index.put(CellText.key(word), value);
                if (previous != null && previous != value) {
                    throw new IllegalStateException("word '" + word + "' means both " + previous + " and " + value);
                }
            }
        }
        return Map.copyOf(index);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ImportVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
