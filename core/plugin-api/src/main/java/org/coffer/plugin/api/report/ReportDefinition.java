package org.coffer.plugin.api.report;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One report a plugin adds to Coffer's catalogue: a definition written exactly as the project's
 * {@code reports/README.md} describes (id, title, parameters, columns, the SQL, the PDF template), held as text.
 *
 * @param name the definition's file name within the plugin, such as {@code bacs-advices.xml}, which every message
 *     about the definition names
 * @param xml  the definition itself
 */
public record ReportDefinition(String name, String xml) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,60}\\.xml");

    public ReportDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(xml, "xml is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("report definition name '" + name
                    + "' is not a lower-case file name ending .xml, such as bacs-advices.xml");
        }
        if (xml.isBlank()) {
            throw new IllegalArgumentException("report definition " + name + " is empty");
        }
    }
}
