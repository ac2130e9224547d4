package org.coffer.plugins.unit4;

import java.util.Arrays;
import java.util.List;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;
import org.coffer.plugins.ledgertext.LineValue;

/** A council's settings for its Unit4 export target, read and checked before anything is written. */
record Unit4Settings(String client, String batchPrefix, String interfaceCode, String voucherType,
        List<LineValue> dimensions, int startMonth, int adjustmentPeriod) {

    static final int DIMENSIONS = 7;

    static Unit4Settings from(ExportContext context) {
        String client = context.requiredSetting("client", Unit4ErrorCode.UNIT4_MISSING_SETTING);
        String voucherType = context.requiredSetting("voucherType", Unit4ErrorCode.UNIT4_MISSING_SETTING);
        String batchPrefix = context.setting("batchPrefix").orElse("CF");
        String interfaceCode = context.setting("interface").orElse("BI");
        List<LineValue> dimensions = dimensions(context, context.setting("dimensions").orElse("dim_1=costCentre"));
        int startMonth = number(context, "financialYearStartMonth", "4", 1, 12);
        int adjustment = number(context, "adjustmentPeriod", "13", 13, 99);
        return new Unit4Settings(client, batchPrefix, interfaceCode, voucherType, dimensions, startMonth, adjustment);
    }

    /** {@code dim_1=costCentre,dim_2=service}: which of the line's values each of dim_1 to dim_7 carries. */
    private static List<LineValue> dimensions(ExportContext context, String setting) {
        LineValue[] dimensions = new LineValue[DIMENSIONS];
        boolean[] mapped = new boolean[DIMENSIONS];
        Arrays.fill(dimensions, new LineValue("const:"));
        for (String pair : setting.split(",")) {
            String[] parts = pair.trim().split("=", 2);
            int index = parts.length == 2 && parts[0].trim().matches("dim_[1-7]")
                    ? parts[0].trim().charAt(4) - '1' : -1;
            String spec = parts.length == 2 ? parts[1].trim() : "";
            if (index < 0 || !LineValue.isValid(spec) || mapped[index]) {
                throw bad(context, "dimensions", "'" + pair.trim() + "' is not dim_1 to dim_7, once, = a line value"
                        + " such as costCentre, fund, service or const:X");
            }
            dimensions[index] = new LineValue(spec);
            mapped[index] = true;
        }
        return List.of(dimensions);
    }

    private static int number(ExportContext context, String name, String fallback, int min, int max) {
        String value = context.setting(name).orElse(fallback).trim();
        if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw bad(context, name, "'" + value + "' is not a number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    private static ProblemException bad(ExportContext context, String setting, String message) {
        return new ProblemException(context.problem(Location.wholeFile(), setting, Unit4ErrorCode.UNIT4_BAD_SETTING,
                "the setting '" + setting + "': " + message));
    }
}
