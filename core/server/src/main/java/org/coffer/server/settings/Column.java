package org.coffer.server.settings;

import static java.util.Objects.requireNonNull;

/**
 * One column of a council file as people edit it: its name in the file, a label and hint for the form, and whether
 * it takes {@code yes} or {@code no}.
 */
public record Column(String name, String label, String hint, boolean yesOrNo) {

    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(hint, "hint is null");
    }

    static Column text(String name, String label, String hint) {
        return new Column(name, label, hint, false);
    }

    static Column yesOrNo(String name, String label, String hint) {
        return new Column(name, label, hint, true);
    }
}
