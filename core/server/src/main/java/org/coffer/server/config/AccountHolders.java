package org.coffer.server.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The council's account holders, as much of them as matching needs: the clean references each fund's holders have.
 * A fund with holders loaded takes only its holders' references, so that a mistyped reference that still keeps the
 * check digit is not posted to somebody else's account. A fund without holders takes any reference its rules accept.
 */
public final class AccountHolders {

    private static final AccountHolders NONE = new AccountHolders(Map.of());

    private final Map<String, Set<String>> referencesByFund;

    AccountHolders(Map<String, Set<String>> referencesByFund) {
        Map<String, Set<String>> copy = new HashMap<>();
        referencesByFund.forEach((fund, references) -> copy.put(fund, Set.copyOf(references)));
        this.referencesByFund = Map.copyOf(copy);
    }

    /** No holders loaded: every fund takes what its rules accept. */
    public static AccountHolders none() {
        return NONE;
    }

    /**
     * A reference as holders are kept and candidates are compared: capitals, without the spaces, hyphens and slashes
     * that payers and back-office exports put inside references.
     */
    public static String clean(String reference) {
        StringBuilder clean = new StringBuilder(reference.length());
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '/') {
                clean.append(c);
            }
        }
        return clean.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether the fund's holders are loaded, so that only their references are the fund's. */
    public boolean covers(String fundCode) {
        return referencesByFund.containsKey(fundCode);
    }

    /** Whether one of the fund's holders has the (clean) reference. */
    public boolean holds(String fundCode, String reference) {
        return referencesByFund.getOrDefault(fundCode, Set.of()).contains(reference);
    }

    /** How many accounts all funds' holders have: each fund's distinct references, added up. */
    public long total() {
        return referencesByFund.values().stream().mapToLong(Set::size).sum();
    }

    /** How many accounts the fund's holders have; 0 when none are loaded. */
    public int count(String fundCode) {
        return referencesByFund.getOrDefault(fundCode, Set.of()).size();
    }
}
