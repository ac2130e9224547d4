package org.coffer.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The short JSON texts that people's changes leave in the audit log: fields in the map's own order. */
public final class AuditJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {
    }

    public static String of(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit text cannot be written", e);
        }
    }
}
