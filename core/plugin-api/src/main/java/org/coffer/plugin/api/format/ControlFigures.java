package org.coffer.plugin.api.format;

import java.util.Optional;
import java.util.OptionalLong;
import org.coffer.plugin.api.Money;

/**
 * The figures a file states about one of its statements or batches, each optional: the application checks every
 * figure present against the lines it received (opening + credits - debits = closing; counts; totals) and refuses
 * the file, naming the figures, when one disagrees.
 */
public final class ControlFigures {

    private static final ControlFigures NONE = new ControlFigures(new Builder());

    private final Money openingBalance;
    private final Money closingBalance;
    private final Money creditTotal;
    private final Money debitTotal;
    private final Long lineCount;

    private ControlFigures(Builder builder) {
        this.openingBalance = builder.openingBalance;
        this.closingBalance = builder.closingBalance;
        this.creditTotal = builder.creditTotal;
        this.debitTotal = builder.debitTotal;
        this.lineCount = builder.lineCount;
    }

    public static ControlFigures none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Money> openingBalance() {
        return Optional.ofNullable(openingBalance);
    }

    public Optional<Money> closingBalance() {
        return Optional.ofNullable(closingBalance);
    }

    /** The sum of the credit lines, as the file states it, unsigned. */
    public Optional<Money> creditTotal() {
        return Optional.ofNullable(creditTotal);
    }

    /** The sum of the debit lines, as the file states it, unsigned. */
    public Optional<Money> debitTotal() {
        return Optional.ofNullable(debitTotal);
    }

    public OptionalLong lineCount() {
        return lineCount == null ? OptionalLong.empty() : OptionalLong.of(lineCount);
    }

    @Override
    public String toString() {
        return "ControlFigures[opening=" + openingBalance + ", closing=" + closingBalance + ", credits=" + creditTotal
                + ", debits=" + debitTotal + ", lines=" + lineCount + "]";
    }

    public static final class Builder {
        private Money openingBalance;
        private Money closingBalance;
        private Money creditTotal;
        private Money debitTotal;
        private Long lineCount;

        private Builder() {
        }

        public Builder openingBalance(Money value) {
            this.openingBalance = value;
            return this;
        }

        public Builder closingBalance(Money value) {
            this.closingBalance = value;
            return this;
        }

        public Builder creditTotal(Money value) {
            this.creditTotal = value;
            return this;
        }

        public Builder debitTotal(Money value) {
            this.debitTotal = value;
            return this;
        }

        public Builder lineCount(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("lineCount must not be negative, was " + value);
            }
            this.lineCount = value;
            return this;
        }

        public ControlFigures build() {
            return new ControlFigures(this);
        }
    }
}
