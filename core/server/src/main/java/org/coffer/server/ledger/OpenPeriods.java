package org.coffer.server.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.jdbi.v3.core.Handle;

/**
 * Which financial periods still take postings. Read inside a writing transaction, so that a period closed by an
 * administrator stops every posting that commits after it.
 */
public final class OpenPeriods {

    private final Set<FinancialPeriod> closed;

    private OpenPeriods(Set<FinancialPeriod> closed) {
        this.closed = Set.copyOf(closed);
    }

    /** The periods as the database holds them now; call it on the transaction that will post. */
    public static OpenPeriods read(Handle handle) {
        List<FinancialPeriod> closed = handle.createQuery("SELECT financial_year, period FROM closed_periods")
                .map((rs, ctx) -> new FinancialPeriod(rs.getInt(1), rs.getInt(2))).list();
        return new OpenPeriods(Set.copyOf(closed));
    }

    /** Every period open, for a database that has closed none. */
    public static OpenPeriods allOpen() {
        return new OpenPeriods(Set.of());
    }

    public boolean isClosed(FinancialPeriod period) {
        return closed.contains(period);
    }

    /**
     * Refuses a posting dated in a closed period, naming the period: a person correcting money there posts a
     * reversing entry in an open period instead.
     */
    public void requireOpen(LocalDate date) {
        FinancialPeriod period = FinancialPeriod.of(date);
        if (isClosed(period)) {
            throw new CofferException(LedgerErrorCode.LEDGER_PERIOD_CLOSED, "financial period " + period.label()
                    + " is closed, so nothing can be posted on " + date + "; post it in the open period "
                    + firstOpenFrom(period).label() + " instead");
        }
    }

    /**
     * The date a posting of money that arrived on {@code date} is effective: that day when its period is open, else
     * the first day of the first open period after it. A bank line that turns up after its period closed is still
     * stored with its own date; only its posting moves.
     */
    public LocalDate postingDate(LocalDate date) {
        FinancialPeriod period = FinancialPeriod.of(date);
        return isClosed(period) ? firstOpenFrom(period).firstDay() : date;
    }

    /** {@code period} itself when open, else the next period with days that is. */
    public FinancialPeriod firstOpenFrom(FinancialPeriod period) {
        FinancialPeriod candidate = period;
        while (isClosed(candidate)) {
            candidate = candidate.nextDated();
        }
        return candidate;
    }
}
