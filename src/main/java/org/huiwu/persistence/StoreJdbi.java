package org.huiwu.persistence;

import java.sql.PreparedStatement;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The one {@link Jdbi} of an open store, set up for its engine: SqlObject DAOs; on PostgreSQL the statements written
 * in H2's dialect translated by {@link PostgresDialect} and UUIDs bound as the server wants them; on both engines
 * every statement checked by {@link FxThreadGuard} before it runs. Stateless; the Jdbi it makes is thread-safe.
 */
final class StoreJdbi {

    private StoreJdbi() {
    }

    /** A Jdbi on {@code pool} for a store on {@code engine}. */
    static Jdbi create(JdbcConnectionPool pool, Database.Engine engine) {
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        if (engine == Database.Engine.POSTGRESQL) {
            SqlStatements statements = jdbi.getConfig(SqlStatements.class);
            statements.setTemplateEngine(new PostgresDialect(statements.getTemplateEngine()));
            jdbi.registerArgument(PostgresDialect.UUIDS);
        }
        jdbi.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                FxThreadGuard.check("SQL statement " + context.getRawSql());
            }
        });
        return jdbi;
    }
}
