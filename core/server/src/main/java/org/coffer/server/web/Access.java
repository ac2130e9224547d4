package org.coffer.server.web;

import java.util.Optional;
import org.coffer.server.users.Role;

/**
 * Who may use a route: anyone (the login page, health, static assets), or a signed-in principal with at least a
 * role, optionally only when not restricted to some funds (a route whose answer spans every fund).
 */
record Access(Optional<Role> minimum, boolean everyFund) {

    static final Access PUBLIC = new Access(Optional.empty(), false);

    static Access atLeast(Role role) {
        return new Access(Optional.of(role), false);
    }

    static Access atLeastOverEveryFund(Role role) {
        return new Access(Optional.of(role), true);
    }

    boolean isPublic() {
        return minimum.isEmpty();
    }
}
