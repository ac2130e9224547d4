package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** One typed test a matching rule makes of a payment; a rule holds when all of its conditions do. */
public sealed interface MatchCondition {

    /** The payment's text fields a condition can test. */
    enum TextField {
        REFERENCE, NARRATIVE, CHANNEL, BANK_ACCOUNT, FORMAT
    }

    enum TextTest {
        IS, CONTAINS, STARTS_WITH, MATCHES
    }

    enum Comparison {
        EQUAL("="), BELOW("<"), AT_MOST("<="), ABOVE(">"), AT_LEAST(">=");

        public final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** Whether {@code compareTo}'s result of the payment's value against the rule's satisfies this comparison. */
        public boolean holds(int comparison) {
            return switch (this) {
                case EQUAL -> comparison == 0;
                case BELOW -> comparison < 0;
                case AT_MOST -> comparison <= 0;
                case ABOVE -> comparison > 0;
                case AT_LEAST -> comparison >= 0;
            };
        }
    }

    /**
     * A test of a text field, ignoring case. {@code MATCHES} takes a regular expression the whole field must match.
     *
     * @param value the rule's text, in capitals
     * @param pattern the rule's text compiled: the expression for {@code MATCHES}, else the text quoted
     */
    record OnText(TextField field, TextTest test, String value, Pattern pattern) implements MatchCondition {

        public OnText {
            requireNonNull(field, "field is null");
            requireNonNull(test, "test is null");
            requireNonNull(value, "value is null");
            requireNonNull(pattern, "pattern is null");
        }

        public static OnText of(TextField field, TextTest test, String value) {
            return new OnText(field, test, value.toUpperCase(Locale.ROOT),
                    Pattern.compile(test == TextTest.MATCHES ? value : Pattern.quote(value),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** A comparison of the payment's amount, in pence, positive for money in. */
    record OnAmount(Comparison comparison, long pence) implements MatchCondition {

        public OnAmount {
            requireNonNull(comparison, "comparison is null");
        }
    }

    /** A comparison of the payment's value date. */
    record OnValueDate(Comparison comparison, LocalDate date) implements MatchCondition {

        public OnValueDate {
            requireNonNull(comparison, "comparison is null");
            requireNonNull(date, "date is null");
        }
    }
}
