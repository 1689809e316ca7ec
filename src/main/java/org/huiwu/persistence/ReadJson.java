package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A remembered read as text for the disk (decision 0047): the DAO interface, the method's name and parameter types,
 * its arguments and its answer as JSON ({@link RecordJson}'s mapper), read back with the method's generic parameter
 * and return types, so a row is typed by the code that reads it, not by anything in the file. A DAO is looked up only
 * among this package's interfaces; a top-level {@link Optional} is written as its value or null (the mapper has no
 * module for it). Stateless and thread-safe.
 */
final class ReadJson {

    private static final ObjectMapper JSON = RecordJson.mapper();
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("int", int.class, "long", long.class,
            "boolean", boolean.class, "double", double.class, "short", short.class, "byte", byte.class,
            "char", char.class, "float", float.class);

    /** A read as stored: the method's owner, name and parameter type names, the arguments and the answer, as text. */
    record Row(String dao, String method, String params, String args, String answer) {

        /** What names the read among the rows of one origin (the answer left out). */
        String identity() {
            return dao + '\n' + method + '\n' + params + '\n' + args;
        }
    }

    private ReadJson() {
    }

    /** The read {@code key} ({@code [dao type name, method name, args...]}) of {@code method} with its answer. */
    static Row write(List<Object> key, Method method, Object answer) throws java.io.IOException {
        String params = String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getName).toList());
        Object value = answer instanceof Optional<?> optional ? optional.orElse(null) : answer;
        return new Row((String) key.get(0), method.getName(), params,
                JSON.writeValueAsString(key.subList(2, key.size())), JSON.writeValueAsString(value));
    }

    /** The read's key and answer, or an exception when the row does not fit this version's DAOs (the caller skips it). */
    static Map.Entry<List<Object>, Object> read(Row row) throws Exception {
        Method method = method(row);
        Type[] types = method.getGenericParameterTypes();
        ArrayNode args = (ArrayNode) JSON.readTree(row.args());
        if (args.size() != types.length) {
            throw new IllegalArgumentException("arguments do not fit " + row.method());
        }
        List<Object> key = new ArrayList<>(List.of(row.dao(), row.method()));
        for (int i = 0; i < types.length; i++) {
            key.add(JSON.treeToValue(args.get(i), JSON.getTypeFactory().constructType(types[i])));
        }
        return Map.entry(key, answer(method, row.answer()));
    }

    private static Object answer(Method method, String text) throws java.io.IOException {
        Type type = method.getGenericReturnType();
        if (method.getReturnType() == Optional.class) {
            Type inner = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            JavaType value = JSON.getTypeFactory().constructType(inner);
            return Optional.ofNullable(JSON.readValue(text, value));
        }
        Object answer = JSON.readValue(text, JSON.getTypeFactory().constructType(type));
        if (answer == null) {
            throw new IllegalArgumentException("no answer for " + method.getName());
        }
        return answer;
    }

    /** The DAO method the row names: an interface of this package, the exact parameter types. */
    private static Method method(Row row) throws ReflectiveOperationException {
        Class<?> dao = Class.forName(row.dao(), false, ReadJson.class.getClassLoader());
        if (!dao.isInterface() || !dao.getPackageName().equals(ReadJson.class.getPackageName())) {
            throw new ClassNotFoundException("not a DAO: " + row.dao());
        }
        List<Class<?>> params = new ArrayList<>();
        for (String name : row.params().isEmpty() ? new String[0] : row.params().split(",")) {
            Class<?> primitive = PRIMITIVES.get(name);
            params.add(primitive != null ? primitive : Class.forName(name, false, ReadJson.class.getClassLoader()));
        }
        return dao.getMethod(row.method(), params.toArray(Class<?>[]::new));
    }
}
