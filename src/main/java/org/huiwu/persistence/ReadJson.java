package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A remembered read as text for the disk (decision 0047): the DAO interface, the method's name and parameter types,
 * its arguments and its answer as JSON ({@link RecordJson}'s mapper), read back with the method's generic parameter
 * and return types ({@link ReadJsonTypes}), so a row is typed by the code that reads it, not by anything in the file.
 * A DAO is looked up only among this package's interfaces. Stateless and thread-safe.
 */
final class ReadJson {

    private static final ObjectMapper JSON = ReadJsonTypes.JSON;
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
        ArrayNode args = JSON.createArrayNode();
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            args.add(ReadJsonTypes.toTree(key.get(i + 2), types[i]));
        }
        return new Row((String) key.get(0), method.getName(), params, JSON.writeValueAsString(args),
                JSON.writeValueAsString(ReadJsonTypes.toTree(answer, method.getGenericReturnType())));
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
            key.add(ReadJsonTypes.fromTree(args.get(i), types[i]));
        }
        return Map.entry(key, ReadJsonTypes.fromTree(JSON.readTree(row.answer()), method.getGenericReturnType()));
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
