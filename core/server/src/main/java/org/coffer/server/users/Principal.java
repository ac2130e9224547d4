package org.coffer.server.users;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Who is acting: a signed-in user or an API token, with its role and the funds it may see and touch (none listed
 * means every fund).
 */
public record Principal(String name, Role role, Set<String> funds, boolean token) {

    public Principal {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        funds = Set.copyOf(requireNonNull(funds, "funds is null"));
    }

    /** How the audit log names this principal: the user name, or {@code token:<name>} for an API token. */
    public String actor() {
        return token ? "token:" + name : name;
    }

    public boolean mayUseFund(String fundCode) {
        return funds.isEmpty() || funds.contains(fundCode);
    }

    /** Whether this principal is limited to some funds. */
    public boolean restricted() {
        return !funds.isEmpty();
    }
}
