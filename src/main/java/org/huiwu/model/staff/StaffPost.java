package org.huiwu.model.staff;

import java.util.Objects;
import java.util.UUID;

/**
 * A service post and its duties (岗位设置及其职责, annex A), in Chinese and English; a retired post is kept
 * for the records that name it but offered no more. Immutable.
 */
public record StaffPost(UUID id, String nameZh, String nameEn, String dutiesZh, String dutiesEn, boolean retired) {

    public StaffPost {
        Objects.requireNonNull(id, "id");
        nameZh = text(nameZh);
        nameEn = text(nameEn);
        dutiesZh = text(dutiesZh);
        dutiesEn = text(dutiesEn);
    }

    /** The post's name in the language asked for, the Chinese one when there is no English one. */
    public String name(boolean english) {
        return english && !nameEn.isEmpty() ? nameEn : nameZh;
    }

    /** The duties in the language asked for, the Chinese text when there is no English one. */
    public String duties(boolean english) {
        return english && !dutiesEn.isEmpty() ? dutiesEn : dutiesZh;
    }

    /** A text as stored: stripped, never null. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
