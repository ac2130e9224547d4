package org.coffer.plugins.bacs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamReader;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FormatContext;

/** Reads a Bacs report element's attributes, refusing a value that is not what the attribute holds. */
final class Attributes {

    private final XMLStreamReader xml;
    private final String path;
    private final FormatContext context;

    Attributes(XMLStreamReader xml, String path, FormatContext context) {
        this.xml = xml;
        this.path = path;
        this.context = context;
    }

    /** The attribute's value, stripped, or empty when the element does not have it. */
    String text(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    /** An ISO date ({@code 2025-04-07}), as every Bacs report writes them. */
    LocalDate date(String name) {
        String value = text(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, "'" + value + "' is not a date such as 2025-04-07");
        }
    }

    /** An amount in pounds ({@code 12.34}) as pence. */
    long pence(String name) {
        String value = text(name);
        try {
            BigDecimal pounds = new BigDecimal(value);
            if (pounds.signum() >= 0 && pounds.scale() <= 2) {
                return pounds.movePointRight(2).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // Reported below, with what was expected.
        }
        throw bad(name, "'" + value + "' is not an amount in pounds such as 12.34");
    }

    /** A count ({@code numberOf}). */
    long count(String name) {
        String value = text(name);
        if (!value.matches("[0-9]{1,12}")) {
            throw bad(name, "'" + value + "' is not a count");
        }
        return Long.parseLong(value);
    }

    Location location() {
        return Location.element(path);
    }

    ProblemException bad(String name, String message) {
        return new ProblemException(context.problem(location(), name, BacsErrorCode.BACS_BAD_VALUE, message));
    }
}
