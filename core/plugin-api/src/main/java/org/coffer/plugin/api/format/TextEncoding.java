package org.coffer.plugin.api.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text file from its first bytes: a byte-order mark if there is one, else UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252, which UK and European banks still write and which reads ISO-8859-1 text
 * the same way for every printable character.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    public static Charset detect(byte[] leading) {
        if (startsWith(leading, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(leading, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(leading, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return isUtf8(leading) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The sample decoded with the detected encoding, without a byte-order mark. */
    public static String decode(byte[] leading) {
        String text = new String(leading, detect(leading));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isUtf8(byte[] bytes) {
        int length = bytes.length;
        // A sample may end part-way through a multi-byte character: ignore an incomplete last sequence.
        for (int back = 1; back <= 3 && length - back >= 0; back++) {
            int b = bytes[length - back] & 0xFF;
            if (b >= 0xC0) {
                length -= back;
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
