package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

/**
 * A typed input of a report. Its SQL binds it by name ({@code :from}); a period binds several values (see
 * {@link ParameterType#PERIOD}).
 *
 * @param name the name in the SQL and on the command line, {@code [a-z][a-z0-9_]*}
 * @param type what it holds
 * @param label what people see on forms and in the report
 * @param defaultValue the text used when no value is given, such as {@code today} or {@code all}
 */
public record ReportParameter(String name, ParameterType type, String label, String defaultValue) {

    public ReportParameter {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(defaultValue, "defaultValue is null");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be lower case letters, digits and _, was '"
                    + name + "'");
        }
    }
}
