package org.coffer.plugins.standard18;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Cuts a data record into its fields, refusing one that does not keep to the Standard 18 layout. */
final class RecordParser {

    private RecordParser() {
    }

    /**
     * @param defaultDay the file's processing day from its UHL1 label, for 100-character records; may be null
     * @throws IllegalArgumentException saying which field is wrong and what it holds
     */
    static DataRecord parse(String line, LocalDate defaultDay) {
        if (line.length() != 100 && line.length() != 106) {
            throw new IllegalArgumentException("a data record has 100 characters, or 106 in a multi-day file; this"
                    + " one has " + line.length());
        }
        String code = line.substring(15, 17);
        if (!DataRecord.COLLECTIONS.contains(code) && !code.equals(DataRecord.CREDIT)
                && !DataRecord.INSTRUCTIONS.contains(code)) {
            throw new IllegalArgumentException("transaction code '" + code + "' is not one of 01, 17, 18, 19, 99, 0N,"
                    + " 0C or 0S");
        }
        String amount = line.substring(35, 46);
        if (!amount.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("the amount (positions 36-46) '" + amount + "' is not 11 digits of"
                    + " pence");
        }
        LocalDate day = line.length() == 106 ? julian(line.substring(100, 106)) : defaultDay;
        if (day == null) {
            throw new IllegalArgumentException("the record has no processing day and the file no UHL1 label giving"
                    + " one");
        }
        return new DataRecord(digits(line, 0, 6, "destination sort code"), digits(line, 6, 14,
                "destination account"), code, digits(line, 17, 23, "originating sort code"), digits(line, 23, 31,
                "originating account"), Long.parseLong(amount), line.substring(64, 82).strip(),
                line.substring(82, 100).strip(), day);
    }

    /** A Bacs day, {@code " YYDDD"}: a space, the year's last two digits and the day of the year. */
    static LocalDate julian(String text) {
        if (!text.matches(" [0-9]{5}")) {
            throw new IllegalArgumentException("'" + text + "' is not a Bacs day (a space, then YYDDD)");
        }
        try {
            return LocalDate.ofYearDay(2000 + Integer.parseInt(text.substring(1, 3)),
                    Integer.parseInt(text.substring(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a day of its year");
        }
    }

    private static String digits(String line, int from, int to, String field) {
        String value = line.substring(from, to);
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("the " + field + " (positions " + (from + 1) + "-" + to + ") '" + value
                    + "' is not digits");
        }
        return value;
    }
}
