package org.coffer.server.users;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which passwords Coffer accepts: at least {@value #MINIMUM_LENGTH} characters, not a common password or one with
 * a few characters added, not easy to guess, and not containing the user's own name. Common passwords and
 * guessability come from zxcvbn (Dropbox's estimator, ported to Java by Nulab), whose dictionaries include the
 * 30,000 most used passwords. Building it loads those dictionaries, so keep one policy and reuse it.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 256;
    /** zxcvbn's scale runs 0 to 4; 3 is "safely unguessable" (about 10^10 guesses). */
    static final int MINIMUM_SCORE = 3;

    /** Words that count as guessable here, beside zxcvbn's dictionaries and the user's own name. */
    private static final List<String> LOCAL_WORDS = List.of("coffer", "council", "income", "finance");

    private Zxcvbn zxcvbn;

    /** Every reason the password is refused, as sentences; empty when it is acceptable. */
    public List<String> problems(String name, char[] password) {
        List<String> problems = new ArrayList<>();
        if (password.length < MINIMUM_LENGTH) {
            problems.add("The password must be at least " + MINIMUM_LENGTH + " characters long.");
        }
        if (password.length > MAXIMUM_LENGTH) {
            problems.add("The password must be at most " + MAXIMUM_LENGTH + " characters long.");
            return problems;
        }
        if (containsName(name, password)) {
            problems.add("The password must not contain the user name.");
        }
        if (password.length == 0) {
            return problems;
        }
        List<String> words = new ArrayList<>(LOCAL_WORDS);
        if (name != null && !name.isBlank()) {
            words.add(name.strip());
        }
        // zxcvbn wipes what it measured, so it gets a copy: the caller still needs the password.
        char[] copy = password.clone();
        Strength strength = zxcvbn().measure(CharBuffer.wrap(copy), words);
        try {
            if (isCommon(strength.getSequence(), password.length)) {
                problems.add("The password is a commonly used one, or one with a few characters added.");
            }
            if (strength.getScore() < MINIMUM_SCORE) {
                problems.add("The password is too easy to guess; a few unrelated words together make a strong one.");
            }
        } finally {
            strength.wipe();
            Arrays.fill(copy, '\0');
        }
        return problems;
    }

    /** zxcvbn, built on first use: loading its dictionaries takes a noticeable fraction of a second. */
    private synchronized Zxcvbn zxcvbn() {
        if (zxcvbn == null) {
            zxcvbn = new Zxcvbn();
        }
        return zxcvbn;
    }

    /** A match in zxcvbn's list of common passwords that makes up most of the password. */
    private static boolean isCommon(List<Match> sequence, int length) {
        for (Match match : sequence) {
            if (match.pattern == Pattern.Dictionary && "passwords".equals(match.dictionaryName)
                    && match.tokenLength() * 2 >= length) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsName(String name, char[] password) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        String user = name.strip().toLowerCase(Locale.ROOT);
        if (lower.contains(user)) {
            return true;
        }
        for (String part : user.split("[._-]")) {
            if (part.length() >= 4 && lower.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
