package org.coffer.server.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as people in a UK finance office read it: {@code £1,234.56}, {@code -£12.00}, {@code EUR 10.50}. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(long pence, String currency) {
        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String digits = grouped.format(BigDecimal.valueOf(pence, 2).abs());
        String sign = pence < 0 ? "-" : "";
        return "GBP".equals(currency) ? sign + "£" + digits : sign + currency + " " + digits;
    }

    public static String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** A number to one decimal place, {@code 1,234.5}, rounding half up. */
    public static String decimal(BigDecimal value) {
        DecimalFormat grouped = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
        grouped.setRoundingMode(RoundingMode.HALF_UP);
        return grouped.format(value);
    }

    /** {@code 1 receipt}, {@code 1,204 receipts}. */
    public static String count(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }
}
