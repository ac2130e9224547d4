package org.coffer.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static final String HEADER = "seq,logged_at,actor,action,subject,before,after,prev_hash,hash\r\n";

    @Test
    void entriesAreWrittenWithAHeaderAndCrlfLineEnds() {
        String csv = write(new AuditEntry(7, Instant.parse("2025-04-01T09:00:00.5Z"), "ann", "user.added", "user bob",
                null, "{\"role\":\"VIEWER\"}", "aa", "bb"));

        assertThat(csv).isEqualTo(HEADER + "7,2025-04-01T09:00:00.500Z,ann,user.added,user bob,,"
                + "\"{\"\"role\"\":\"\"VIEWER\"\"}\",aa,bb\r\n");
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(AuditCsv.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(AuditCsv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.cell("")).isEmpty();
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void anActorNamedLikeAFormulaIsNeutralisedInTheFile() {
        String csv = write(new AuditEntry(1, Instant.parse("2025-04-01T09:00:00Z"), "=cmd|' /C calc'!A0",
                "login.failed", "user =cmd", null, null, "0", "1"));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("1,2025-04-01T09:00:00Z,'=cmd|' /C calc'!A0,login.failed,user =cmd,,,0,1");
    }

    private static String write(AuditEntry... entries) {
        StringWriter out = new StringWriter();
        AuditCsv.write(List.of(entries), out);
        return out.toString();
    }
}
