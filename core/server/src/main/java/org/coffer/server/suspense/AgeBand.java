package org.coffer.server.suspense;

import java.util.Locale;
import org.coffer.server.CofferException;

/** How long an item has waited in suspense, counted in days from its value date to today. */
public enum AgeBand {
    DAYS_0_7("0 to 7 days", 0, 7),
    DAYS_8_30("8 to 30 days", 8, 30),
    DAYS_31_90("31 to 90 days", 31, 90),
    OVER_90("over 90 days", 91, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int toDays;

    AgeBand(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public String label() {
        return label;
    }

    /** The band as the API and the queue's links write it: {@code 0-7}, {@code 8-30}, {@code 31-90}, {@code 91+}. */
    public String key() {
        return toDays == Integer.MAX_VALUE ? fromDays + "+" : fromDays + "-" + toDays;
    }

    public int fromDays() {
        return fromDays;
    }

    int toDays() {
        return toDays;
    }

    public static AgeBand of(long ageDays) {
        for (AgeBand band : values()) {
            if (ageDays <= band.toDays) {
                return band;
            }
        }
        return OVER_90;
    }

    public static AgeBand parse(String key) {
        for (AgeBand band : values()) {
            if (band.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return band;
            }
        }
        throw new CofferException(SuspenseErrorCode.SUSPENSE_BAD_TEXT, "age band '" + key + "' is not one of 0-7, "
                + "8-30, 31-90 or 91+");
    }
}
