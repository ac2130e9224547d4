package org.coffer.server.web;

import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;

/**
 * The signed-in person as the page layout needs them: their name, the token their forms carry, and which parts
 * of Coffer to offer them. Links they may not follow are not shown; the guard refuses them anyway.
 */
public record Viewer(String name, String role, String csrfToken, boolean maySeeImports, boolean mayImport,
        boolean mayAudit) {

    static final Viewer NOBODY = new Viewer("", "", "", false, false, false);

    static Viewer of(Principal principal, String csrfToken) {
        return new Viewer(principal.name(), principal.role().label(), csrfToken, !principal.restricted(),
                principal.role().includes(Role.INCOME_OFFICER) && !principal.restricted(),
                principal.role().includes(Role.FINANCE_MANAGER));
    }

    /** The suspense queue holds payments of every fund, so only people who see every fund see it. */
    public boolean maySeeSuspense() {
        return maySeeImports;
    }

    public boolean signedIn() {
        return !name.isEmpty();
    }
}
