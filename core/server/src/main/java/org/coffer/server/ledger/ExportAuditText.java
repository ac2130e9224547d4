package org.coffer.server.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit log's record of an export run: target, run, file and totals, as JSON. */
final class ExportAuditText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportAuditText() {
    }

    static String of(ExportRun run) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("target", run.target());
        fields.put("export", run.exportId());
        fields.put("detail", run.detail());
        if (run.fromDate() != null) {
            fields.put("from", run.fromDate().toString());
        }
        fields.put("to", run.toDate().toString());
        if (run.reverses() != null) {
            fields.put("reverses", run.reverses());
        }
        fields.put("file", run.fileName());
        fields.put("sha256", run.sha256());
        fields.put("journals", run.journalCount());
        fields.put("postings", run.postingCount());
        fields.put("grossPence", run.grossPence());
        fields.put("vatPence", run.vatPence());
        fields.put("debitPence", run.debitPence());
        fields.put("currency", run.currency());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
    }
}
