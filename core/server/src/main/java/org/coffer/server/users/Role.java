package org.coffer.server.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coffer.server.CofferException;

/** What a user may do. Each role includes every role declared before it. */
public enum Role {
    VIEWER("Viewer"),
    INCOME_OFFICER("Income officer"),
    FINANCE_MANAGER("Finance manager"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Whether this role may do what {@code other} may: an administrator includes everything below it. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Reads a role as people write it: any case, with spaces, hyphens or underscores between words. */
    public static Role parse(String text) {
        String key = text == null ? "" : text.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        throw new CofferException(UsersErrorCode.USERS_UNKNOWN_ROLE, "unknown role '" + text + "'; the roles are "
                + Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", ")));
    }

    /** The role as the command line writes it: {@code income-officer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role as a sentence writes it: {@code Income officer}. */
    public String label() {
        return label;
    }
}
