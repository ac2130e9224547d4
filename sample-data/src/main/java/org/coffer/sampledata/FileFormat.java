package org.coffer.sampledata;

import java.io.Writer;

/** A statement file layout the generator writes, with the format id of the plugin that reads it. */
enum FileFormat {
    MT940("mt940", ".sta", TextRules.SWIFT_X),
    MT940_SWIFT_BLOCKS("mt940", ".sta", TextRules.SWIFT_X),
    CAMT053_V02("camt053", ".xml", TextRules.ANY),
    CAMT053_V08("camt053", ".xml", TextRules.ANY),
    LLOYDS_CBO_CSV("lloyds-cbo-csv", ".csv", TextRules.ANY);

    final String formatId;
    final String extension;
    final TextRules text;

    FileFormat(String formatId, String extension, TextRules text) {
        this.formatId = formatId;
        this.extension = extension;
        this.text = text;
    }

    /** The layout for a bank account's {@code statement_format} setting. */
    static FileFormat forStatementFormat(String statementFormat) {
        return switch (statementFormat) {
            case "mt940" -> MT940;
            case "camt053" -> CAMT053_V02;
            default -> throw new IllegalArgumentException("unknown statement_format '" + statementFormat
                    + "': expected mt940 or camt053");
        };
    }

    StatementWriter open(Writer out, String accountId, String messageId) {
        return switch (this) {
            case MT940 -> new Mt940Writer(out, accountId, false);
            case MT940_SWIFT_BLOCKS -> new Mt940Writer(out, accountId, true);
            case CAMT053_V02 -> new Camt053Writer(out, accountId, messageId, CamtVersion.V02);
            case CAMT053_V08 -> new Camt053Writer(out, accountId, messageId, CamtVersion.V08);
            case LLOYDS_CBO_CSV -> new LloydsCsvWriter(out, accountId, "FERNLEY BC MAIN COLLECTION");
        };
    }
}
