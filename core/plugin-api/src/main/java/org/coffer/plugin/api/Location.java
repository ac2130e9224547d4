package org.coffer.plugin.api;

/**
 * Where in a file something was found: a 1-based line number for text formats, or an element path such as
 * {@code Stmt[2]/Ntry[14]} for XML. A location with neither is the file as a whole.
 */
public record Location(long line, String element) {

    private static final Location WHOLE_FILE = new Location(0, null);

    public Location {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, was " + line);
        }
        if (element != null && element.isBlank()) {
            throw new IllegalArgumentException("element must not be blank");
        }
    }

    public static Location line(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + line);
        }
        return new Location(line, null);
    }

    public static Location element(String path) {
        if (path == null) {
            throw new IllegalArgumentException("element path is null");
        }
        return new Location(0, path);
    }

    public static Location wholeFile() {
        return WHOLE_FILE;
    }

    public boolean isWholeFile() {
        return line == 0 && element == null;
    }

    /** {@code line 12}, {@code element Stmt[2]/Ntry[14]} or {@code whole file}. */
    @Override
    public String toString() {
        if (element != null) {
            return line > 0 ? "line " + line + ", element " + element : "element " + element;
        }
        return line > 0 ? "line " + line : "whole file";
    }
}
