package org.coffer.server.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a report's chart draws its figures. */
public enum ChartType {
    /** Bars side by side, one per series in each category. */
    BAR,
    /** One bar per category, its series stacked into it. */
    STACKED_BAR,
    LINE,
    /** One slice per category; a pie has a single series. */
    PIE;

    /** As a definition spells it: {@code bar}, {@code stacked-bar}, {@code line}, {@code pie}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ChartType> bySpelling(String text) {
        return Arrays.stream(values()).filter(type -> type.spelling().equals(text)).findFirst();
    }
}
