package org.coffer.plugin.api.format;

import static java.util.Objects.requireNonNull;

/** A format's answer to whether it reads a file, with the reason a person can be shown. */
public record Detection(Confidence confidence, String reason) {

    public enum Confidence {
        /** Not this format. */
        NONE,
        /** Could be this format, for example by its file extension alone. */
        POSSIBLE,
        /** Certainly this format: its own markers are present. */
        CERTAIN
    }

    private static final Detection NO = new Detection(Confidence.NONE, "not this format");

    public Detection {
        requireNonNull(confidence, "confidence is null");
        requireNonNull(reason, "reason is null");
    }

    public static Detection no() {
        return NO;
    }

    public static Detection possible(String reason) {
        return new Detection(Confidence.POSSIBLE, reason);
    }

    public static Detection certain(String reason) {
        return new Detection(Confidence.CERTAIN, reason);
    }

    public boolean claims() {
        return confidence != Confidence.NONE;
    }
}
