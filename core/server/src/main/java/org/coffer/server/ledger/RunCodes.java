package org.coffer.server.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coffer.server.CofferException;
import org.coffer.server.config.BankAccount;
import org.coffer.server.config.Council;
import org.coffer.server.config.Fund;
import org.coffer.server.config.LedgerSettings;
import org.coffer.server.config.VatCode;
import org.jdbi.v3.core.Handle;

/**
 * Records, with a run, the ledger codes of the funds and bank accounts its postings touch, as the council's
 * configuration gives them now. Every code missing is named at once, and the run is refused before any file is
 * written.
 */
final class RunCodes {

    /** A fund's codes as a run posts them. */
    record FundCode(String fund, String ledgerCode, String costCentre, String dimensions, String vatCode,
            int vatRateBasisPoints, String vatLedgerCode) {
    }

    private RunCodes() {
    }

    static void record(Handle handle, long run, Council council, LedgerSettings settings) {
        List<String> missing = new ArrayList<>();
        List<FundCode> funds = new ArrayList<>();
        for (String code : ExportDao.funds(handle, run)) {
            fundCode(council, settings, code, missing).ifPresent(funds::add);
        }
        List<BankAccount> accounts = new ArrayList<>();
        for (String code : ExportDao.bankAccounts(handle, run)) {
            Optional<BankAccount> account = council.bankAccounts().stream().filter(a -> a.code().equals(code))
                    .findFirst();
            if (account.isEmpty()) {
                missing.add("bank account " + code + " is not in bank-accounts.csv");
            } else if (account.get().ledgerCode().isEmpty()) {
                missing.add("bank account " + code + " has no ledger_code in bank-accounts.csv");
            } else {
                accounts.add(account.get());
            }
        }
        if (!missing.isEmpty()) {
            throw new CofferException(LedgerErrorCode.LEDGER_MISSING_CODE, "the council's configuration lacks "
                    + "codes the export needs, so nothing was exported: " + String.join("; ", missing), missing,
                    null);
        }
        funds.forEach(fund -> ExportDao.insertFundCode(handle, run, fund));
        accounts.forEach(account -> ExportDao.insertBankCode(handle, run, account.code(), account.ledgerCode()));
    }

    private static Optional<FundCode> fundCode(Council council, LedgerSettings settings, String code,
            List<String> missing) {
        Optional<Fund> found = council.fund(code);
        if (found.isEmpty()) {
            missing.add("fund " + code + " is not in funds.csv");
            return Optional.empty();
        }
        Fund fund = found.get();
        if (fund.ledgerCode().isEmpty()) {
            missing.add("fund " + code + " has no ledger_code in funds.csv");
            return Optional.empty();
        }
        // Suspense holds money not yet known to be anyone's income: it carries no VAT until it is allocated.
        Optional<VatCode> vat = fund.isSuspense() || fund.vatCode().isEmpty() ? Optional.empty()
                : settings.vatCode(fund.vatCode());
        if (!fund.isSuspense() && !fund.vatCode().isEmpty() && vat.isEmpty()) {
            missing.add("fund " + code + "'s VAT code " + fund.vatCode() + " is not in vat-codes.csv");
            return Optional.empty();
        }
        return Optional.of(new FundCode(code, fund.ledgerCode(), fund.costCentre(), text(fund.dimensions()),
                vat.map(VatCode::code).orElse(fund.isSuspense() ? "" : fund.vatCode()),
                vat.map(VatCode::rateBasisPoints).orElse(0), vat.map(VatCode::ledgerCode).orElse("")));
    }

    private static String text(Map<String, String> dimensions) {
        return dimensions.entrySet().stream().map(d -> d.getKey() + "=" + d.getValue())
                .collect(Collectors.joining(";"));
    }
}
