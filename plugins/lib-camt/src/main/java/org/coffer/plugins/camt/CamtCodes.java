package org.coffer.plugins.camt;

import static java.util.Objects.requireNonNull;

import org.coffer.plugin.api.ErrorCode;

/**
 * The error codes of one ISO 20022 cash-management message, so that problems the shared reader finds carry the
 * plugin's own stable codes ({@code CAMT053_BAD_VALUE}, {@code CAMT054_BAD_VALUE}).
 *
 * @param message  the message's name in messages, such as {@code camt.053}
 * @param document the message element under {@code Document}, such as {@code BkToCstmrStmt}, left out of paths
 */
public record CamtCodes(String message, String document, ErrorCode notXml, ErrorCode dtdRefused,
        ErrorCode missingField, ErrorCode badValue, ErrorCode batchMismatch) {

    public CamtCodes {
        requireNonNull(message, "message is null");
        requireNonNull(document, "document is null");
        requireNonNull(notXml, "notXml is null");
        requireNonNull(dtdRefused, "dtdRefused is null");
        requireNonNull(missingField, "missingField is null");
        requireNonNull(badValue, "badValue is null");
        requireNonNull(batchMismatch, "batchMismatch is null");
    }

    /** The plugin's code for a field the shared reader found wanting. */
    public ErrorCode of(InvalidFieldException.Fault fault) {
        return switch (fault) {
            case MISSING_FIELD -> missingField;
            case BAD_VALUE -> badValue;
            case BATCH_MISMATCH -> batchMismatch;
        };
    }
}
