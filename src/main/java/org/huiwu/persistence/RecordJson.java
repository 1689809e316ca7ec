package org.huiwu.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The outbox's JSON for model records queued whole during an outage (decision 0038): each record component by
 * component, instants, dates and times as ISO-8601 text, components a later version does not know ignored when
 * read. One mapper for the service desk's records and a meeting's edited details. Stateless and thread-safe.
 */
final class RecordJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule()
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(LocalTime.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, text(Instant::parse))
                    .addDeserializer(LocalDate.class, text(LocalDate::parse))
                    .addDeserializer(LocalTime.class, text(LocalTime::parse)));

    private RecordJson() {
    }

    /** The mapper itself, for the remembered reads kept on disk (decision 0047, {@link ReadJson}). */
    static ObjectMapper mapper() {
        return JSON;
    }

    static String write(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code body} (a JSON object) with one more property, {@code name}, holding {@code value} (decision 0043). */
    static String with(String body, String name, Object value) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body);
            tree.set(name, JSON.valueToTree(value));
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property {@code name} of {@code body} read as {@code type}, or null when it has none. */
    static <T> T field(String body, String name, Class<T> type) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(body).get(name);
            return node == null || node.isNull() ? null : JSON.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> JsonDeserializer<T> text(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return parse.apply(in.getValueAsString());
            }
        };
    }
}
