package org.coffer.plugin.api.format;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.coffer.plugin.api.Location;
import org.coffer.plugin.api.Money;

/**
 * One money movement exactly as a file gives it. Built with {@link #builder()}, so that fields added later do
 * not break plugins written against an earlier version. The amount is unsigned; the direction gives its sign.
 */
public final class StatementLine {

    private final Location location;
    private final LocalDate valueDate;
    private final LocalDate bookingDate;
    private final Money amount;
    private final Direction direction;
    private final LineKind kind;
    private final Channel channel;
    private final String reference;
    private final String narrative;
    private final String counterparty;
    private final String bankReference;
    private final String transactionCode;

    private StatementLine(Builder b) {
        this.location = requireNonNull(b.location, "location is null");
        this.valueDate = requireNonNull(b.valueDate, "valueDate is null");
        this.bookingDate = b.bookingDate;
        this.amount = requireNonNull(b.amount, "amount is null");
        this.direction = requireNonNull(b.direction, "direction is null");
        this.kind = requireNonNull(b.kind, "kind is null");
        this.channel = requireNonNull(b.channel, "channel is null");
        this.reference = requireNonNull(b.reference, "reference is null");
        this.narrative = requireNonNull(b.narrative, "narrative is null");
        this.counterparty = requireNonNull(b.counterparty, "counterparty is null");
        this.bankReference = requireNonNull(b.bankReference, "bankReference is null");
        this.transactionCode = requireNonNull(b.transactionCode, "transactionCode is null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative (direction gives the sign), was " + amount);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Location location() {
        return location;
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public Optional<LocalDate> bookingDate() {
        return Optional.ofNullable(bookingDate);
    }

    /** The amount, never negative. */
    public Money amount() {
        return amount;
    }

    public Direction direction() {
        return direction;
    }

    /** The amount in minor units, positive for a credit and negative for a debit. */
    public long signedPence() {
        return direction.sign() * amount.pence();
    }

    public LineKind kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    /** The payer's own reference as given (for example the 18-character Bacs reference), or empty. */
    public String reference() {
        return reference;
    }

    /** Free text that came with the line, joined into one string, or empty. */
    public String narrative() {
        return narrative;
    }

    /** The payer's or payee's name, or empty. */
    public String counterparty() {
        return counterparty;
    }

    /** The bank's or settler's own reference for the line, or empty. */
    public String bankReference() {
        return bankReference;
    }

    /** The file's own transaction type code (for example {@code NTRF}, a BAI2 type code or a BkTxCd), or empty. */
    public String transactionCode() {
        return transactionCode;
    }

    @Override
    public String toString() {
        return "StatementLine[" + location + ", " + valueDate + ", " + direction + " " + amount + ", " + channel
                + ", ref='" + reference + "']";
    }

    public static final class Builder {
        private Location location;
        private LocalDate valueDate;
        private LocalDate bookingDate;
        private Money amount;
        private Direction direction;
        private LineKind kind = LineKind.PAYMENT;
        private Channel channel = Channel.UNKNOWN;
        private String reference = "";
        private String narrative = "";
        private String counterparty = "";
        private String bankReference = "";
        private String transactionCode = "";

        private Builder() {
        }

        public Builder location(Location value) {
            this.location = value;
            return this;
        }

        public Builder valueDate(LocalDate value) {
            this.valueDate = value;
            return this;
        }

        public Builder bookingDate(LocalDate value) {
            this.bookingDate = value;
            return this;
        }

        public Builder amount(Money value) {
            this.amount = value;
            return this;
        }

        public Builder direction(Direction value) {
            this.direction = value;
            return this;
        }

        /** Sets the amount and direction from a signed amount: negative is a debit. */
        public Builder signedAmount(Money value) {
            this.direction = value.isNegative() ? Direction.DEBIT : Direction.CREDIT;
            this.amount = value.isNegative() ? value.negate() : value;
            return this;
        }

        public Builder kind(LineKind value) {
            this.kind = value;
            return this;
        }

        public Builder channel(Channel value) {
            this.channel = value;
            return this;
        }

        public Builder reference(String value) {
            this.reference = clean(value);
            return this;
        }

        public Builder narrative(String value) {
            this.narrative = clean(value);
            return this;
        }

        public Builder counterparty(String value) {
            this.counterparty = clean(value);
            return this;
        }

        public Builder bankReference(String value) {
            this.bankReference = clean(value);
            return this;
        }

        public Builder transactionCode(String value) {
            this.transactionCode = clean(value);
            return this;
        }

        public StatementLine build() {
            return new StatementLine(this);
        }

        private static String clean(String value) {
            return value == null ? "" : value.strip();
        }
    }
}
