package org.coffer.server.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coffer.plugin.api.ErrorCategory;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesParseAsPeopleWriteThem() {
        assertThat(Role.parse("income-officer")).isEqualTo(Role.INCOME_OFFICER);
        assertThat(Role.parse("income_officer")).isEqualTo(Role.INCOME_OFFICER);
        assertThat(Role.parse("Finance Manager")).isEqualTo(Role.FINANCE_MANAGER);
        assertThat(Role.parse(" VIEWER ")).isEqualTo(Role.VIEWER);
        // "administrator" holds an i, which a Turkish default locale would upper-case to a dotted İ.
        assertThat(Role.parse("administrator")).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void anUnknownRoleIsRefusedNamingItAndTheRoles() {
        assertThatThrownBy(() -> Role.parse("auditor"))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER))
                .hasMessage("unknown role 'auditor'; the roles are viewer, income-officer, finance-manager, "
                        + "administrator");
    }

    @Test
    void eachRoleIncludesThoseBelowIt() {
        assertThat(Role.ADMINISTRATOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.ADMINISTRATOR.includes(Role.ADMINISTRATOR)).isTrue();
        assertThat(Role.FINANCE_MANAGER.includes(Role.INCOME_OFFICER)).isTrue();
        assertThat(Role.INCOME_OFFICER.includes(Role.FINANCE_MANAGER)).isFalse();
        assertThat(Role.VIEWER.includes(Role.INCOME_OFFICER)).isFalse();
    }

    @Test
    void labelsReadAsWords() {
        assertThat(Role.INCOME_OFFICER.label()).isEqualTo("Income officer");
        assertThat(Role.FINANCE_MANAGER.key()).isEqualTo("finance-manager");
    }

    @Test
    void principalsKnowTheirFundsAndHowTheAuditLogNamesThem() {
        Principal ann = new Principal("ann", Role.VIEWER, java.util.Set.of("CTAX"), false);
        Principal scheduler = new Principal("scheduler", Role.INCOME_OFFICER, java.util.Set.of(), true);

        assertThat(ann.actor()).isEqualTo("ann");
        assertThat(ann.restricted()).isTrue();
        assertThat(ann.mayUseFund("CTAX")).isTrue();
        assertThat(ann.mayUseFund("NNDR")).isFalse();
        assertThat(scheduler.actor()).isEqualTo("token:scheduler");
        assertThat(scheduler.restricted()).isFalse();
        assertThat(scheduler.mayUseFund("NNDR")).isTrue();
    }
}
