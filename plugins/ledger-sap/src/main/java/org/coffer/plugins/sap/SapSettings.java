package org.coffer.plugins.sap;

import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;

/** A council's settings for its SAP export target, read and checked before anything is written. */
record SapSettings(String companyCode, String documentType, String referencePrefix, int adjustmentPeriod) {

    static SapSettings from(ExportContext context) {
        String companyCode = code(context, "companyCode", 4);
        String documentType = code(context, "documentType", 2);
        String prefix = context.setting("referencePrefix").orElse("CF");
        String adjustment = context.setting("adjustmentPeriod").orElse("13").trim();
        if (!adjustment.matches("1[3-6]")) {
            throw bad(context, "adjustmentPeriod", "'" + adjustment + "' is not an SAP special period, 13 to 16");
        }
        return new SapSettings(companyCode, documentType, prefix, Integer.parseInt(adjustment));
    }

    /** A company code (BUKRS, 4) or document type (BLART, 2): SAP's own short codes. */
    private static String code(ExportContext context, String name, int length) {
        String value = context.requiredSetting(name, SapErrorCode.SAP_MISSING_SETTING).trim();
        if (value.length() > length) {
            throw bad(context, name, "'" + value + "' is longer than SAP's " + length + " characters");
        }
        return value;
    }

    private static ProblemException bad(ExportContext context, String setting, String message) {
        return new ProblemException(context.problem(Location.wholeFile(), setting, SapErrorCode.SAP_BAD_SETTING,
                "the setting '" + setting + "': " + message));
    }
}
