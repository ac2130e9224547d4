package org.coffer.server.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coffer.plugin.api.format.Detection;
import org.coffer.plugin.api.format.FileSample;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.server.CofferException;

/**
 * Picks the format to read a file with: the one the person named, or the one format most certain it reads the
 * file. A file no format claims, or that two claim with equal certainty, is refused with the formats named.
 */
final class FormatChooser {

    private FormatChooser() {
    }

    static InboundFormat choose(List<InboundFormat> formats, FileSample sample, Optional<String> formatId) {
        if (formatId.isPresent()) {
            return formats.stream().filter(f -> f.id().equals(formatId.get())).findFirst()
                    .orElseThrow(() -> new CofferException(ImportErrorCode.IMPORT_UNKNOWN_FORMAT,
                            "there is no format '" + formatId.get() + "'; the formats are " + ids(formats)));
        }
        record Claim(InboundFormat format, Detection detection) {
        }
        List<Claim> claims = formats.stream()
                .map(f -> new Claim(f, detectSafely(f, sample)))
                .filter(c -> c.detection().claims())
                .sorted(Comparator.comparing((Claim c) -> c.detection().confidence()).reversed())
                .toList();
        if (claims.isEmpty()) {
            throw new CofferException(ImportErrorCode.IMPORT_FORMAT_NOT_RECOGNISED, sample.fileName()
                    + " is not in any format Coffer reads; the formats are " + ids(formats)
                    + " (name one with --as if you know it)");
        }
        if (claims.size() > 1 && claims.get(0).detection().confidence() == claims.get(1).detection().confidence()) {
            throw new CofferException(ImportErrorCode.IMPORT_FORMAT_AMBIGUOUS, sample.fileName()
                    + " could be " + claims.stream().filter(c -> c.detection().confidence()
                            == claims.get(0).detection().confidence())
                    .map(c -> c.format().id() + " (" + c.detection().reason() + ")")
                    .collect(Collectors.joining(" or ")) + "; name the format with --as");
        }
        return claims.get(0).format();
    }

    /** A format whose detection throws is treated as not claiming the file, so one bad plugin blocks no import. */
    private static Detection detectSafely(InboundFormat format, FileSample sample) {
        try {
            return format.detect(sample);
        } catch (RuntimeException e) {
            return Detection.no();
        }
    }

    private static String ids(List<InboundFormat> formats) {
        return formats.isEmpty() ? "(none: no format plugins are loaded)"
                : formats.stream().map(InboundFormat::id).collect(Collectors.joining(", "));
    }
}
