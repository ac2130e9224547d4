package org.coffer.server.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coffer.server.settings.Column;
import org.coffer.server.settings.SettingsTable;

/**
 * The form that adds or changes one row of a council file, with the refusal (when there was one) shown as GOV.UK
 * shows errors: a summary at the top linking to the field it concerns, and the message beside that field.
 */
public record SettingsFormPage(String slug, String title, String file, boolean adding, String version,
        List<Field> fields, String error, List<String> details, String errorField, String back) {

    /**
     * One column as a form field; a row's key cannot be changed once the row exists. A new row's yes-or-no starts
     * unanswered, and one left so is saved empty, which Coffer reads as that column's default, as in a file.
     */
    public record Field(String name, String label, String hint, String value, boolean yesOrNo, boolean fixed,
            String error) {
    }

    static SettingsFormPage of(SettingsTable table, boolean adding, String version, Map<String, String> values,
            String error, List<String> details, String back) {
        String errorField = error.isEmpty() ? "" : fieldOf(table, error);
        List<Field> fields = table.columns().stream().map(column -> new Field(column.name(), column.label(),
                column.hint(), values.getOrDefault(column.name(), ""),
                column.yesOrNo(), !adding && table.keyColumns().contains(column.name()),
                column.name().equals(errorField) ? error : "")).toList();
        return new SettingsFormPage(table.slug(), (adding ? "Add to " : "Change ") + table.title().toLowerCase(
                Locale.UK), table.fileName(), adding, version, fields, error, details, errorField, back);
    }

    /**
     * The column a refusal concerns: the longest whose name, or name in words, the loader's message mentions after
     * saying where; empty when it names none, and the summary alone says what is wrong.
     */
    private static String fieldOf(SettingsTable table, String message) {
        int line = message.lastIndexOf(" line ");
        String what = line < 0 ? message : message.substring(line);
        return table.columns().stream().map(Column::name)
                .filter(name -> what.contains(name) || what.contains(name.replace('_', ' ')))
                .max(Comparator.comparingInt(String::length)).orElse("");
    }
}
