package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A rule's checks run in the order an officer reads them, and the first that fails is named in words. */
class ReferenceRuleTest {

    private static final CheckDigitScheme ACADEMY = new WeightedSumScheme("ACADEMY", 10,
            List.of(3, 7, 1, 3, 7, 1, 3, 7, 0), Map.of(), Map.of(10, "0"), true);

    private final ReferenceRule councilTax = new ReferenceRule("Council tax account", 9, 9, CharacterSet.DIGITS,
            Optional.of(Pattern.compile("[34].*")), Optional.of(new InputMask("########@")), Optional.of(ACADEMY));

    @Test
    void acceptsAReferenceThatKeepsEveryCheck() {
        assertThat(councilTax.failure("312345673")).isEmpty();
        assertThat(councilTax.accepts("312345673")).isTrue();
    }

    @Test
    void namesTheFirstCheckThatFails() {
        assertThat(councilTax.failure("31234567")).contains("has 8 characters, not 9");
        assertThat(councilTax.failure("31234567X")).contains("has 'X', where only digits are allowed");
        assertThat(councilTax.failure("512345673")).contains("does not match the pattern [34].*");
        assertThat(councilTax.failure("312345678")).contains("has check character '8' at position 9, where "
                + "check-digit scheme ACADEMY expects 3");
        assertThat(List.of("31234567", "31234567X", "512345673", "312345678")).noneMatch(councilTax::accepts);
    }

    @Test
    void withoutAMaskTheCheckCharacterIsTheLast() {
        ReferenceRule unmasked = new ReferenceRule("unmasked", 9, 9, CharacterSet.DIGITS, Optional.empty(),
                Optional.empty(), Optional.of(ACADEMY));

        assertThat(unmasked.accepts("123456780")).isTrue();
        assertThat(unmasked.accepts("123456781")).isFalse();
    }

    @Test
    void aLengthRangeIsNamedAsARange() {
        ReferenceRule building = new ReferenceRule("Building control", 6, 30, CharacterSet.REFERENCE_TEXT,
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(building.failure("BC/12")).contains("has 5 characters, not 6 to 30");
        assertThat(building.failure("BC/2025-0042")).isEmpty();
        assertThat(building.failure("BC_2025"))
                .contains("has '_', where only letters, digits, spaces, / and - are allowed");
    }
}
