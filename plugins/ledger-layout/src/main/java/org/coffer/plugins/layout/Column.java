package org.coffer.plugins.layout;

/**
 * One column of a layout, written {@code NAME[:WIDTH[:left|right[:PAD]]]} (a constant {@code const:TEXT[:WIDTH...]}
 * holds neither a comma nor a colon): which value, how wide (required in a
 * fixed-width layout, a maximum in a CSV one, 0 for none), which side it lines up on and what fills the rest
 * ({@code space}, {@code zero} or one character).
 */
record Column(String field, int width, boolean alignRight, char pad) {

    /** Reads a column, or gives null when the text is not one; {@link Layout} names the setting in its refusal. */
    static Column parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts[0].equals("const") && parts.length > 1) {
            String[] rest = new String[parts.length - 1];
            System.arraycopy(parts, 1, rest, 0, rest.length);
            rest[0] = Fields.CONSTANT + rest[0];
            parts = rest;
        }
        if (!Fields.isKnown(parts[0]) || parts.length > 4) {
            return null;
        }
        int width = 0;
        if (parts.length > 1) {
            if (!parts[1].matches("[1-9][0-9]{0,3}")) {
                return null;
            }
            width = Integer.parseInt(parts[1]);
        }
        boolean right = Fields.alignsRight(parts[0]);
        if (parts.length > 2) {
            if (!parts[2].equals("left") && !parts[2].equals("right")) {
                return null;
            }
            right = parts[2].equals("right");
        }
        char pad = ' ';
        if (parts.length > 3) {
            String fill = parts[3];
            if (fill.equals("zero")) {
                pad = '0';
            } else if (fill.length() == 1 && !fill.equals(",")) {
                pad = fill.charAt(0);
            } else if (!fill.equals("space")) {
                return null;
            }
        }
        return new Column(parts[0], width, right, pad);
    }
}
