package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finance system the council exports to: which plugin's export writes its files, how much detail it wants, and
 * the settings that export reads (a batch source, a ledger id).
 *
 * @param id the council's name for the target, typed in {@code coffer export ID}
 * @param exportId the id of the plugin's ledger export, such as {@code backoffice-payments}
 * @param detail one income line per fund, or one per receipt
 * @param settings the export's settings by name, in the order written
 */
public record LedgerTarget(String id, String exportId, DetailLevel detail, Map<String, String> settings) {

    public LedgerTarget {
        requireNonNull(id, "id is null");
        requireNonNull(exportId, "exportId is null");
        requireNonNull(detail, "detail is null");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        if (!id.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("target '" + id
                    + "' must be 1 to 40 lower-case letters, digits, - or _");
        }
        if (exportId.isBlank()) {
            throw new IllegalArgumentException("target " + id + " names no export");
        }
    }
}
