package org.huiwu.model.staff;

import java.util.Objects;

/**
 * Who the laptop is logged in as on the venue's PostgreSQL server (issue #15, decision 0037): the server login,
 * the person the venue's administrator named for it ({@code huiwu venue-setup --attendant login=姓名}; the login
 * itself when none was named), and whether the server gives the login the supervisor's rights (membership of the
 * role that owns the app's schema, which only the supervisors' group has). Immutable.
 */
public record VenueLogin(String login, String person, boolean supervisor) {

    public VenueLogin {
        Objects.requireNonNull(login, "login");
        person = person == null || person.isBlank() ? login : person.strip();
    }
}
