package org.coffer.server.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coffer.plugin.api.ledger.Journal;
import org.coffer.plugin.api.ledger.JournalHeader;
import org.coffer.plugin.api.ledger.JournalLine;
import org.coffer.plugin.api.ledger.LineRole;
import org.coffer.server.CofferException;
import org.coffer.server.allocation.FinancialPeriod;
import org.jdbi.v3.core.Handle;

/**
 * Builds a run's journals, one per bank account and financial period of its postings, each checked to balance
 * before any plugin sees it. A journal posts in its postings' period, or in the first open period after it when
 * that one is closed: a finance system takes nothing in a closed period either.
 */
final class Journals {

    /** The journals of a run, with the figures the run records. */
    record Built(List<Journal> journals, long lineCount, long debitPence, long vatPence) {
    }

    /** What a run is made of: whose postings, in which detail, written as which run, reversing or not. */
    record Plan(long postingsRun, long runNumber, boolean detail, boolean reversal, LocalDate toDate,
            String currency) {
    }

    private Journals() {
    }

    static Built build(Handle handle, Plan plan, OpenPeriods periods) {
        List<Journal> journals = new ArrayList<>();
        long lines = 0;
        long debits = 0;
        long vat = 0;
        for (JournalLines.Key key : keys(handle, plan.postingsRun())) {
            FinancialPeriod own = new FinancialPeriod(key.financialYear(), key.period());
            FinancialPeriod posted = periods.firstOpenFrom(own);
            LocalDate date = posted.equals(own)
                    ? (plan.toDate().isBefore(own.lastDay()) ? plan.toDate() : own.lastDay())
                    : posted.firstDay();
            Figures figures = new Figures();
            try (Stream<JournalLine> stream = JournalLines.stream(handle, key, plan.detail(), plan.reversal(), date)) {
                stream.forEach(figures::add);
            }
            if (figures.lines == 0) {
                continue; // postings that cancel out, such as a payment and its reversal, need no journal
            }
            JournalHeader header = header(plan, journals.size() + 1, key, posted, date, figures);
            journals.add(new StoredJournal(handle, key, plan.detail(), header));
            lines += figures.lines;
            debits += figures.debits;
            vat += figures.vat;
        }
        return new Built(journals, lines, debits, vat);
    }

    private static JournalHeader header(Plan plan, int number, JournalLines.Key key, FinancialPeriod posted,
            LocalDate date, Figures figures) {
        String description = (plan.reversal() ? "Reversal of run " + key.run() + ": " : "")
                + "Coffer income " + key.bankAccount() + " " + posted.label();
        try {
            return new JournalHeader(plan.runNumber(), number, key.bankAccount(), date, posted.year(),
                    posted.period(), plan.currency(), description, plan.reversal(), figures.lines, figures.debits,
                    figures.credits);
        } catch (IllegalArgumentException e) {
            throw new CofferException(LedgerErrorCode.LEDGER_UNBALANCED, "the journal of " + key.bankAccount()
                    + " for " + posted.label() + " does not balance, so nothing was exported: " + e.getMessage());
        }
    }

    private static List<JournalLines.Key> keys(Handle handle, long run) {
        return handle.createQuery("""
                        SELECT DISTINCT p.bank_account, p.financial_year, p.period
                        FROM export_postings e JOIN postings p ON p.id = e.posting_id
                        WHERE e.run_number = :run ORDER BY 1, 2, 3""")
                .bind("run", run)
                .map((rs, ctx) -> new JournalLines.Key(run, rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** A journal's figures, counted as its lines stream past. */
    private static final class Figures {
        long lines;
        long debits;
        long credits;
        long vat;

        void add(JournalLine line) {
            lines++;
            debits += line.debitPence();
            credits += line.creditPence();
            if (line.role() == LineRole.VAT) {
                vat += line.creditPence() - line.debitPence();
            }
        }
    }
}
