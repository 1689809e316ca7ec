package org.huiwu.persistence;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.huiwu.model.seating.SeatAssignments;

/**
 * The answer types of the DAOs that are not plain records or lists, as {@link ReadJson} writes them (decision 0047):
 * an {@link Optional} as its value or null, a {@link Map.Entry} (a record with its version) as a pair, both typed by
 * the method's generic return type; a seat plan's {@link SeatAssignments} as its seats and locks. Stateless and
 * thread-safe.
 */
final class ReadJsonTypes {

    /** {@link RecordJson}'s mapper with the seat assignments added. */
    static final ObjectMapper JSON = RecordJson.mapper().copy().registerModule(new SimpleModule()
            .addSerializer(SeatAssignments.class, new JsonSerializer<>() {
                @Override
                public void serialize(SeatAssignments value, JsonGenerator out, SerializerProvider provider)
                        throws IOException {
                    out.writeStartObject();
                    out.writePOJOField("seats", value.occupantBySeat());
                    out.writePOJOField("locked", value.lockedSeats());
                    out.writeEndObject();
                }
            })
            .addDeserializer(SeatAssignments.class, new JsonDeserializer<>() {
                @Override
                public SeatAssignments deserialize(JsonParser in, DeserializationContext context) throws IOException {
                    JsonNode tree = in.readValueAsTree();
                    Map<String, UUID> seats = JSON.convertValue(tree.get("seats"), new TypeReference<>() { });
                    Set<String> locked = JSON.convertValue(tree.get("locked"), new TypeReference<>() { });
                    return SeatAssignments.of(seats, locked);
                }
            }));

    private ReadJsonTypes() {
    }

    /** {@code value} of the generic type {@code type} as a JSON tree. */
    static JsonNode toTree(Object value, Type type) {
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? toTree(optional.get(), argument(type, 0)) : NullNode.instance;
        }
        if (value instanceof Map.Entry<?, ?> entry) {
            ArrayNode pair = JSON.createArrayNode();
            pair.add(toTree(entry.getKey(), argument(type, 0)));
            pair.add(toTree(entry.getValue(), argument(type, 1)));
            return pair;
        }
        return JSON.valueToTree(value);
    }

    /** The tree read as the generic type {@code type} (the inverse of {@link #toTree}). */
    static Object fromTree(JsonNode tree, Type type) throws IOException {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Optional.class) {
            return tree == null || tree.isNull() ? Optional.empty() : Optional.of(fromTree(tree, argument(type, 0)));
        }
        if (raw == Map.Entry.class) {
            return Map.entry(fromTree(tree.get(0), argument(type, 0)), fromTree(tree.get(1), argument(type, 1)));
        }
        Object value = JSON.treeToValue(tree, JSON.getTypeFactory().constructType(type));
        if (value == null) {
            throw new IOException("no value of " + type);
        }
        return value;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
