package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.sql.Types;
import java.util.UUID;

import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Hides the one place where the DAOs' SQL differs between the engines: H2's upsert
 * {@code MERGE INTO t (columns) KEY (keys) VALUES (...)} becomes PostgreSQL's
 * {@code INSERT INTO t (columns) VALUES (...) ON CONFLICT (keys) DO UPDATE SET c = EXCLUDED.c, ...}, which does
 * the same (insert, or update every listed column of the row with those keys) and is safe under concurrent
 * upserts. A null UUID is bound untyped ({@link #UUIDS}). H2's {@code RANDOM_UUID()} becomes {@code gen_random_uuid()}. Every other statement passes unchanged. Wraps Jdbi's template engine of a PostgreSQL store;
 * stateless and thread-safe.
 */
final class PostgresDialect implements TemplateEngine {

    private static final Pattern MERGE = Pattern.compile(
            "^\\s*MERGE\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*KEY\\s*\\(([^)]*)\\)\\s*VALUES\\s*(\\(.*\\))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern RANDOM_UUID = Pattern.compile("\\bRANDOM_UUID\\(\\)", Pattern.CASE_INSENSITIVE);

    /**
     * Binds a UUID, and a null one as of no declared type, so the server takes it for the UUID column it goes
     * into (Jdbi declares a null UUID as text, which PostgreSQL refuses for a UUID column; H2 converts).
     */
    static final ArgumentFactory UUIDS = new AbstractArgumentFactory<UUID>(Types.OTHER) {
        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    };

    private final TemplateEngine delegate;

    PostgresDialect(TemplateEngine delegate) {
        this.delegate = delegate;
    }

    @Override
    public String render(String template, StatementContext ctx) {
        return translate(delegate.render(template, ctx));
    }

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        return delegate.parse(template, config).map(rendering -> ctx -> translate(rendering.apply(ctx)));
    }

    /** The statement in PostgreSQL's dialect. */
    static String translate(String statement) {
        String sql = RANDOM_UUID.matcher(statement).replaceAll("gen_random_uuid()");
        Matcher merge = MERGE.matcher(sql);
        if (!merge.matches()) {
            return sql;
        }
        List<String> columns = names(merge.group(2));
        List<String> keys = names(merge.group(3));
        List<String> updates = new ArrayList<>();
        for (String column : columns) {
            if (!keys.contains(column)) {
                updates.add(column + " = EXCLUDED." + column);
            }
        }
        return "INSERT INTO " + merge.group(1) + " (" + String.join(", ", columns) + ") VALUES " + merge.group(4)
                + " ON CONFLICT (" + String.join(", ", keys) + ") "
                + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", updates));
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
