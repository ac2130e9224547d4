package org.coffer.server.web;

import java.util.Locale;

/** Names for people: {@code FASTER_PAYMENT} becomes {@code Faster payment}. */
public final class Labels {

    private Labels() {
    }

    public static String of(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
