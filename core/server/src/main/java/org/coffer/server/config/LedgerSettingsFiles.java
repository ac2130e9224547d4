package org.coffer.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code ledger-targets.csv} and {@code vat-codes.csv} from a council's folder; both are optional. A fund whose
 * VAT code the VAT codes do not list is refused when the council is read, not when an export runs.
 */
public final class LedgerSettingsFiles {

    public static final String TARGETS = "ledger-targets.csv";
    public static final String VAT_CODES = "vat-codes.csv";

    private LedgerSettingsFiles() {
    }

    public static LedgerSettings read(Path dir, Council council) {
        Path vatFile = dir.resolve(VAT_CODES);
        Map<String, VatCode> vatCodes = new LinkedHashMap<>();
        if (Files.exists(vatFile)) {
            CouncilCsv.forEachRow(vatFile, List.of("code", "rate", "ledger_code"), row -> {
                VatCode code = new VatCode(row.get("code"), VatCode.basisPoints(row.required("rate")),
                        row.get("ledger_code"));
                if (vatCodes.putIfAbsent(code.code(), code) != null) {
                    throw new IllegalArgumentException("VAT code " + code.code() + " is listed twice");
                }
            });
            for (Fund fund : council.funds()) {
                if (!fund.vatCode().isEmpty() && !vatCodes.containsKey(fund.vatCode())) {
                    throw CouncilCsv.bad(vatFile, 0, "has no VAT code " + fund.vatCode() + ", which fund "
                            + fund.code() + " in funds.csv names");
                }
            }
        }
        Path targetsFile = dir.resolve(TARGETS);
        Map<String, LedgerTarget> targets = new LinkedHashMap<>();
        if (Files.exists(targetsFile)) {
            CouncilCsv.forEachRow(targetsFile, List.of("target", "export", "detail", "settings"), row -> {
                LedgerTarget target = new LedgerTarget(row.get("target"), row.get("export"),
                        DetailLevel.parse(row.required("detail")), CouncilLoader.pairs(row.get("settings"), "setting"));
                if (targets.putIfAbsent(target.id(), target) != null) {
                    throw new IllegalArgumentException("target " + target.id() + " is listed twice");
                }
            });
        }
        return new LedgerSettings(List.copyOf(targets.values()), vatCodes);
    }
}
