package org.coffer.plugins.backoffice;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.ledger.ExportContext;

/**
 * The target's settings: which funds the back-office system keeps accounts for ({@code funds}, codes separated by
 * spaces; every fund when not set), how it writes dates ({@code date_format}, default {@code yyyy-MM-dd}) and
 * whether the file starts with a header row ({@code header}, {@code yes} or {@code no}; default {@code yes}).
 */
record BackofficeSettings(Set<String> funds, DateTimeFormatter dates, boolean header) {

    static BackofficeSettings of(ExportContext context) {
        Set<String> funds = context.setting("funds").map(text -> Arrays.stream(text.strip().split("\\s+"))
                .filter(code -> !code.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        DateTimeFormatter dates;
        String pattern = context.setting("date_format").orElse("yyyy-MM-dd");
        try {
            dates = DateTimeFormatter.ofPattern(pattern, Locale.UK);
        } catch (IllegalArgumentException e) {
            throw bad(context, "date_format", "date_format '" + pattern + "' is not a date pattern such as "
                    + "yyyy-MM-dd or dd/MM/yyyy");
        }
        String header = context.setting("header").orElse("yes");
        if (!header.equals("yes") && !header.equals("no")) {
            throw bad(context, "header", "header '" + header + "' is not yes or no");
        }
        return new BackofficeSettings(funds, dates, header.equals("yes"));
    }

    /** Whether the system keeps accounts for the fund: every fund's, unless the target lists some. */
    boolean takes(String fund) {
        return funds.isEmpty() || funds.contains(fund);
    }

    private static ProblemException bad(ExportContext context, String field, String message) {
        return new ProblemException(context.problem(Location.wholeFile(), field,
                BackofficeErrorCode.BACKOFFICE_BAD_SETTING, message));
    }
}
