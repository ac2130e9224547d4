package org.coffer.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.TextEncoding;

/** A file's SHA-256 and the sample formats detect it by, taken in one streaming pass. */
record FileFingerprint(String sha256, FileSample sample) {

    static FileFingerprint of(Path file, String fileName) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        byte[] leading;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            leading = in.readNBytes(FileSample.SIZE);
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        FileSample sample = new FileSample(fileName, leading, TextEncoding.decode(leading));
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), sample);
    }
}
