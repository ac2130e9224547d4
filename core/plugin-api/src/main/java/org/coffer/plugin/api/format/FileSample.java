package org.coffer.plugin.api.format;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * What a format sees when asked whether it reads a file: the file's name, its first bytes, and those bytes
 * decoded to text (from a byte-order mark or declared encoding where there is one).
 */
public record FileSample(String fileName, byte[] leadingBytes, String text) {

    /** How much of a file a sample holds at most. */
    public static final int SIZE = 64 * 1024;

    public FileSample {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(leadingBytes, "leadingBytes is null");
        requireNonNull(text, "text is null");
        leadingBytes = leadingBytes.clone();
    }

    @Override
    public byte[] leadingBytes() {
        return leadingBytes.clone();
    }

    /** Whether the file is a zip container, as .xlsx workbooks are. */
    public boolean isZip() {
        return leadingBytes.length >= 4 && leadingBytes[0] == 'P' && leadingBytes[1] == 'K'
                && leadingBytes[2] == 3 && leadingBytes[3] == 4;
    }

    /** The name in lower case, for extension checks that do not depend on the default locale. */
    public String lowerCaseFileName() {
        return fileName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileSample that && fileName.equals(that.fileName)
                && Arrays.equals(leadingBytes, that.leadingBytes) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(leadingBytes);
    }

    @Override
    public String toString() {
        return "FileSample[" + fileName + ", " + leadingBytes.length + " bytes]";
    }
}
