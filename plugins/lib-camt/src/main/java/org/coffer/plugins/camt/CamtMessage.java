package org.coffer.plugins.camt;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.coffer.plugin.api.ErrorCode;

/**
 * One ISO 20022 bank-to-customer cash-management message as the shared reader reads it: its reports (statements
 * or notifications), the versions read, and the plugin's own error codes.
 *
 * @param codes        the plugin's codes for problems in the message's content
 * @param report       the report element under the message element, such as {@code Stmt} or {@code Ntfctn}
 * @param noun         what a person calls one report: {@code statement}, {@code notification}
 * @param versions     the message versions read, oldest first, such as {@code 02} to {@code 08}
 * @param balances     whether reports carry balances ({@code Bal}) that are control figures
 * @param notMessage   the code for a document that is not this message
 * @param unsupported  the code for this message in a version not read
 */
public record CamtMessage(CamtCodes codes, String report, String noun, List<String> versions, boolean balances,
        ErrorCode notMessage, ErrorCode unsupported) {

    public CamtMessage {
        requireNonNull(codes, "codes is null");
        requireNonNull(report, "report is null");
        requireNonNull(noun, "noun is null");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one version");
        }
        requireNonNull(notMessage, "notMessage is null");
        requireNonNull(unsupported, "unsupported is null");
    }

    /** The namespace of every version, less the version: {@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.}. */
    public String namespacePrefix() {
        return "urn:iso:std:iso:20022:tech:xsd:" + codes.message() + ".001.";
    }

    /** The element under {@code Document} that holds the message, such as {@code BkToCstmrStmt}. */
    public String element() {
        return codes.document();
    }

    /** The versions read, for a person: {@code camt.053.001.02 to .08}. */
    String versionRange() {
        return codes.message() + ".001." + versions.get(0) + " to ." + versions.get(versions.size() - 1);
    }
}
