package org.coffer.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String TOO_SHORT = "The password must be at least 12 characters long.";
    private static final String COMMON = "The password is a commonly used one, or one with a few characters added.";
    private static final String GUESSABLE =
            "The password is too easy to guess; a few unrelated words together make a strong one.";
    private static final String NAME = "The password must not contain the user name.";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aShortPasswordIsRefusedWithEveryReason() {
        assertThat(policy.problems("ann", "letmein".toCharArray())).containsExactly(TOO_SHORT, COMMON, GUESSABLE);
    }

    @Test
    void commonPasswordsAreRefusedEvenWhenLongEnough() {
        assertThat(policy.problems("ann", "password1234".toCharArray())).containsExactly(COMMON, GUESSABLE);
        assertThat(policy.problems("ann", "Password1234!".toCharArray())).contains(COMMON);
        assertThat(policy.problems("ann", "qwertyuiop12".toCharArray())).contains(COMMON);
    }

    @Test
    void aPasswordHoldingTheUserNameIsRefused() {
        assertThat(policy.problems("ann.smith", "Smith-tulip-lantern-9".toCharArray())).containsExactly(NAME);
        assertThat(policy.problems("bob", "xBOBx-tulip-lantern-9".toCharArray())).containsExactly(NAME);
    }

    @Test
    void wordsFromThisApplicationCountAsGuessable() {
        assertThat(policy.problems("ann", "Coffer123456".toCharArray())).contains(GUESSABLE);
    }

    @Test
    void aGoodPassphrasePasses() {
        assertThat(policy.problems("ann", "Tulip lantern orbit quietly".toCharArray())).isEmpty();
        assertThat(policy.problems("ian.irwin", "correct horse battery staple".toCharArray())).isEmpty();
    }
}
