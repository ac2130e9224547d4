package org.coffer.server.cli;

import java.security.SecureRandom;

/** The demo's administrator: a fixed name, and a new random password each time the demo loads, printed once. */
final class DemoLogin {

    static final String NAME = "demo-admin";

    /** No look-alike characters (0/O, 1/l/I), so the password can be typed from the screen. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;

    private DemoLogin() {
    }

    /** Four groups of five, such as {@code kq7Wd-Hn3pX-u8RtZ-c2VbM}. */
    static String password() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
