package org.huiwu.persistence;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Stores the application's settings as key/value text. Thread-safe when attached on demand. */
public interface SettingDao {

    @SqlQuery("SELECT setting_value FROM app_setting WHERE setting_key = :key")
    Optional<String> find(@Bind("key") String key);

    @SqlUpdate("MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (:key, :value)")
    void save(@Bind("key") String key, @Bind("value") String value);
}
