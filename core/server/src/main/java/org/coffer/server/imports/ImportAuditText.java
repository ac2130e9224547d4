package org.coffer.server.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit log's record of an import: the facts an auditor needs to find it again, as JSON. */
final class ImportAuditText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportAuditText() {
    }

    static String of(ImportRecord row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", row.fileName());
        fields.put("sha256", row.sha256());
        fields.put("format", row.formatId());
        fields.put("status", row.status());
        fields.put("statements", row.statementCount());
        fields.put("receipts", row.receiptCount());
        if (row.acceptedReason() != null) {
            fields.put("acceptedReason", row.acceptedReason());
        }
        if (row.refusal() != null) {
            fields.put("refusal", row.refusal());
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
    }
}
