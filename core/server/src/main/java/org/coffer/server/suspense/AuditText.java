package org.coffer.server.suspense;

import java.util.List;
import java.util.Map;

/** The short JSON texts that suspense actions leave in the audit log. */
final class AuditText {

    private AuditText() {
    }

    static List<Map<String, Object>> lines(List<AllocationLine> lines) {
        return lines.stream().map(line -> Map.<String, Object>of("fund", line.fundCode(), "account",
                line.accountReference(), "pence", line.pence())).toList();
    }
}
