package org.coffer.server.settings;

import static org.coffer.server.settings.Column.text;
import static org.coffer.server.settings.Column.yesOrNo;

import java.util.Arrays;
import java.util.List;
import org.coffer.server.CofferException;

/**
 * The council files administrators edit a row at a time: each file's name, the columns that pick out a row, and
 * every column the file may have, in the order a new file is written. A file keeps its own column order.
 */
public enum SettingsTable {
    FUNDS("funds", "Funds", List.of("code"), List.of(
            text("code", "Code", "1 to 10 capital letters or digits, such as CTAX; postings carry it"),
            text("name", "Name", ""),
            text("reference_pattern", "Reference pattern", "a regular expression, used when the fund has no "
                    + "reference rules"),
            text("ledger_code", "Ledger code", "the finance system's code for the fund's income"),
            text("cost_centre", "Cost centre", ""),
            text("vat_code", "VAT code", "a code in vat-codes.csv, or empty"),
            text("maximum_amount", "Maximum amount", "in pounds, such as 5000.00; empty for no limit"),
            yesOrNo("enabled", "Enabled", "whether the fund takes payments; yes when not answered"),
            text("dimensions", "Ledger dimensions", "name=value pairs separated by ;, such as service=REV"),
            yesOrNo("credit_notes", "Credit notes", "whether an officer clearing suspense may put a negative line "
                    + "on the fund; no when not answered"))),
    BANK_ACCOUNTS("bank-accounts", "Bank accounts", List.of("code"), List.of(
            text("code", "Code", ""),
            text("name", "Name", ""),
            text("sort_code", "Sort code", "such as 40-12-34"),
            text("account_number", "Account number", ""),
            text("iban", "IBAN", ""),
            text("currency", "Currency", "such as GBP"),
            text("statement_format", "Statement format", "the format id its statements come in"),
            text("ledger_code", "Ledger code", "the account's bank control code in the finance system"))),
    CHANNELS("channels", "Channels", List.of("code"), List.of(
            text("code", "Code", "the channel as formats produce it, such as CARD_ONLINE"),
            text("name", "Name", "the council's name for it"),
            text("contact", "Contact", "Web, Bank transfer, Direct debit, Phone, Face to face or Other, as the "
                    + "channels report groups them"),
            yesOrNo("digital", "Digital or direct debit", "whether reports count it as arriving without staff "
                    + "handling it; when not answered, as Coffer counts the channel"),
            yesOrNo("enabled", "Enabled", "whether the council still offers it; payments by it are posted either "
                    + "way; yes when not answered"))),
    REFERENCE_RULES("reference-rules", "Reference rules", List.of("fund", "rule"), List.of(
            text("fund", "Fund", "the fund's code"),
            text("rule", "Rule", "a name for the rule, such as academy or pre-2023"),
            text("length", "Length", "such as 9, or 5-30"),
            text("characters", "Characters", "digits, letters, letters-and-digits or reference-text"),
            text("pattern", "Pattern", "a regular expression the whole reference matches, or empty"),
            text("mask", "Mask", "# digit, $ letter, ? letter or digit, @ check character; or empty"),
            text("check_digit_scheme", "Check-digit scheme", "a scheme in check-digit-schemes.csv or a plugin's, "
                    + "or empty")));

    private final String slug;
    private final String title;
    private final List<String> keyColumns;
    private final List<Column> columns;

    SettingsTable(String slug, String title, List<String> keyColumns, List<Column> columns) {
        this.slug = slug;
        this.title = title;
        this.keyColumns = keyColumns;
        this.columns = columns;
    }

    /** The table as addresses name it: {@code bank-accounts}; refused as not found with the tables there are. */
    public static SettingsTable bySlug(String slug) {
        return Arrays.stream(values()).filter(table -> table.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new CofferException(SettingsErrorCode.SETTINGS_NOT_FOUND, "there is no settings "
                        + "table '" + slug + "'; the tables are " + String.join(", ",
                                Arrays.stream(values()).map(SettingsTable::slug).toList())));
    }

    public String slug() {
        return slug;
    }

    /** The file in the council folder: the slug as a CSV file, such as {@code bank-accounts.csv}. */
    public String fileName() {
        return slug + ".csv";
    }

    public String title() {
        return title;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The columns of a file written afresh. */
    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
