package org.coffer.server.web;

import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;

/**
 * The signed-in person as the page layout needs them: their name, the token their forms carry, and which parts
 * of Coffer to offer them. Links they may not follow are not shown; the guard refuses them anyway.
 */
public record Viewer(String name, String role, String csrfToken, boolean maySeeImports, boolean mayImport,
        boolean mayAudit, boolean mayExport, boolean mayClosePeriods, boolean mayChangeSettings) {

    static final Viewer NOBODY = new Viewer("", "", "", false, false, false, false, false, false);

    static Viewer of(Principal principal, String csrfToken) {
        boolean everyFund = !principal.restricted();
        return new Viewer(principal.name(), principal.role().label(), csrfToken, everyFund,
                principal.role().includes(Role.INCOME_OFFICER) && everyFund,
                principal.role().includes(Role.FINANCE_MANAGER),
                principal.role().includes(Role.FINANCE_MANAGER) && everyFund,
                principal.role().includes(Role.ADMINISTRATOR) && everyFund,
                principal.role().includes(Role.ADMINISTRATOR));
    }

    /** The suspense queue holds payments of every fund, so only people who see every fund see it. */
    public boolean maySeeSuspense() {
        return maySeeImports;
    }

    public boolean signedIn() {
        return !name.isEmpty();
    }
}
