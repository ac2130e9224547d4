package org.coffer.server.config;

import java.util.Locale;

/** How much an export target wants: one income line per fund, or one per receipt. */
public enum DetailLevel {
    SUMMARY,
    DETAIL;

    static DetailLevel parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (DetailLevel level : values()) {
            if (level.name().equals(key)) {
                return level;
            }
        }
        throw new IllegalArgumentException("detail '" + text + "' is not SUMMARY or DETAIL");
    }
}
