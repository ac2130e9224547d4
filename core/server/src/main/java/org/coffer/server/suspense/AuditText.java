package org.coffer.server.suspense;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** The short JSON texts that suspense actions leave in the audit log. */
final class AuditText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditText() {
    }

    static String of(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit text cannot be written", e);
        }
    }

    static List<Map<String, Object>> lines(List<AllocationLine> lines) {
        return lines.stream().map(line -> Map.<String, Object>of("fund", line.fundCode(), "account",
                line.accountReference(), "pence", line.pence())).toList();
    }
}
