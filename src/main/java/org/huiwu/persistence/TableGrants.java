package org.huiwu.persistence;

import org.jdbi.v3.core.Handle;

/**
 * Whether the store's login may write a table: always on the laptop's H2 file; on a venue server as the server's
 * grants say (only supervisors may change templates and procedures, decision 0030). Stateless; call off the FX
 * thread, on the handle's thread.
 */
final class TableGrants {

    private TableGrants() {
    }

    static boolean mayInsert(Handle handle, String table) {
        try {
            if (!"PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName())) {
                return true;
            }
        } catch (java.sql.SQLException e) {
            return true;
        }
        return handle.createQuery("SELECT has_table_privilege(current_schema() || '." + table + "', 'INSERT')")
                .mapTo(Boolean.class).one();
    }
}
