package org.coffer.server.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffer.server.CofferException;

/**
 * What the council's ledger exports need beyond its funds and bank accounts: the export targets
 * ({@code ledger-targets.csv}) and the VAT codes with their rates ({@code vat-codes.csv}).
 */
public record LedgerSettings(List<LedgerTarget> targets, Map<String, VatCode> vatCodes) {

    public LedgerSettings {
        targets = List.copyOf(targets);
        vatCodes = Map.copyOf(vatCodes);
    }

    /** A council that exports nowhere yet. */
    public static LedgerSettings none() {
        return new LedgerSettings(List.of(), Map.of());
    }

    /** The target with the id, refused with the council's target ids when there is none. */
    public LedgerTarget requireTarget(String id) {
        return targets.stream().filter(target -> target.id().equals(id)).findFirst()
                .orElseThrow(() -> new CofferException(ConfigErrorCode.COUNCIL_UNKNOWN_TARGET, targets.isEmpty()
                        ? "the council has no export targets: list them in ledger-targets.csv"
                        : "there is no export target '" + id + "'; the targets are "
                                + String.join(", ", targets.stream().map(LedgerTarget::id).toList())));
    }

    public Optional<VatCode> vatCode(String code) {
        return Optional.ofNullable(vatCodes.get(code));
    }
}
