package org.coffer.plugins.oraclefusion;

import java.util.List;
import org.coffer.plugin.api.ErrorCode;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugins.ledgertext.LineValue;

/**
 * A council's settings for its Oracle Fusion export target, read and checked before anything is written. The
 * segments say which of the council's chart of accounts segments carries what: {@code 1=const:100,2=costCentre,
 * 3=ledgerCode,4=service}.
 */
record OracleSettings(String ledgerId, String source, String category, List<LineValue> segments) {

    static final int SEGMENTS = 30;
    /** USER_JE_SOURCE_NAME and USER_JE_CATEGORY_NAME are VARCHAR2(25) in GL_INTERFACE. */
    private static final int NAME = 25;
    /** A segment the council did not map is left empty. */
    private static final LineValue UNUSED = new LineValue("const:");

    static OracleSettings from(ExportContext context) {
        String ledgerId = context.requiredSetting("ledgerId", OracleErrorCode.ORACLE_MISSING_SETTING).trim();
        if (!ledgerId.matches("[0-9]{1,18}")) {
            throw refused(context, "ledgerId", OracleErrorCode.ORACLE_BAD_SETTING,
                    "'" + ledgerId + "' is not a ledger id: Oracle's LEDGER_ID is a number of up to 18 digits");
        }
        String source = name(context, "source");
        String category = name(context, "category");
        return new OracleSettings(ledgerId, source, category, segments(context));
    }

    private static String name(ExportContext context, String setting) {
        String name = context.requiredSetting(setting, OracleErrorCode.ORACLE_MISSING_SETTING);
        if (name.length() > NAME) {
            throw refused(context, setting, OracleErrorCode.ORACLE_NAME_TOO_LONG, "'" + name + "' is "
                    + name.length() + " characters; Oracle's journal " + setting + " names hold " + NAME);
        }
        return name;
    }

    private static List<LineValue> segments(ExportContext context) {
        String setting = context.requiredSetting("segments", OracleErrorCode.ORACLE_MISSING_SETTING);
        LineValue[] segments = new LineValue[SEGMENTS];
        boolean ledgerCode = false;
        for (String pair : setting.split(",")) {
            String[] parts = pair.trim().split("=", 2);
            String number = parts[0].trim().replaceFirst("^(?i)SEGMENT", "");
            int index = number.matches("[1-9]|[12][0-9]|30") ? Integer.parseInt(number) - 1 : -1;
            String spec = parts.length == 2 ? parts[1].trim() : "";
            if (index < 0 || !LineValue.isValid(spec) || segments[index] != null) {
                throw refused(context, "segments", OracleErrorCode.ORACLE_BAD_SETTING, "'" + pair.trim()
                        + "' is not a segment 1 to 30, once, = a line value such as ledgerCode, costCentre or const:X");
            }
            segments[index] = new LineValue(spec);
            ledgerCode |= spec.equals("ledgerCode");
        }
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = segments[i] == null ? UNUSED : segments[i];
        }
        if (!ledgerCode) {
            throw refused(context, "segments", OracleErrorCode.ORACLE_BAD_SETTING,
                    "no segment carries the ledgerCode, so no line would reach its account");
        }
        return List.of(segments);
    }

    private static ProblemException refused(ExportContext context, String setting, ErrorCode code, String message) {
        return new ProblemException(context.problem(Location.wholeFile(), setting, code,
                "the setting '" + setting + "': " + message));
    }
}
