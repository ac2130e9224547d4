package org.coffer.server.web;

import java.util.List;
import java.util.Optional;
import org.coffer.server.allocation.ReferenceCheck;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;

/** The reference check form, and its answer once asked. */
public record ReferencePage(List<Choice> funds, String reference, boolean asked, boolean valid, String verdict,
        List<String> failures) {

    /** A fund to choose, and whether it is the one chosen. */
    public record Choice(String code, String name, boolean chosen) {
    }

    static ReferencePage of(Council council, String fund, String reference, Optional<ReferenceCheck> check) {
        List<Choice> funds = council.funds().stream().filter(f -> !f.isSuspense())
                .map(f -> new Choice(f.code(), f.name(), f.code().equalsIgnoreCase(fund.strip()))).toList();
        return new ReferencePage(funds, reference, check.isPresent(), check.map(ReferenceCheck::valid).orElse(false),
                check.map(ReferenceCheck::verdict).orElse(""), check.map(ReferenceCheck::failures).orElse(List.of()));
    }
}
