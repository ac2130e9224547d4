package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputMaskTest {

    @ParameterizedTest(name = "{0} takes ''{1}''")
    @CsvSource({"'#', 7", "'$', q", "'?', Q", "'?', 4", "'*', ' '", "'*', /", "'*', -", "'*', x", "'@', A",
        "'ALS/####/####', ALS/1234/5678", "'ALS/####/####', als/1234/5678", "'#*****', 1", "'#*****', 1AB-/ "})
    void takesWhatEachMaskCharacterAllows(String mask, String reference) {
        assertThat(new InputMask(mask).mismatch(reference)).isEmpty();
        assertThat(new InputMask(mask).fits(reference)).isTrue();
    }

    @ParameterizedTest(name = "{0} refuses ''{1}''")
    @CsvSource({"'#', A", "'$', 1", "'?', -", "'*', _", "'@', /", "'ALS/####/####', ALX/1234/5678", "'###', 12",
        "'##', 123", "'#', ١"})
    void refusesWhatItDoesNotAllow(String mask, String reference) {
        assertThat(new InputMask(mask).mismatch(reference)).isPresent();
        assertThat(new InputMask(mask).fits(reference)).isFalse();
    }

    @Test
    void saysWhichCharacterDoesNotFit() {
        assertThat(new InputMask("BJ#######@").mismatch("BX12345678"))
                .contains("has character 2 'X', which does not fit 'J' in the mask BJ#######@");
        assertThat(new InputMask("########@").mismatch("1234")).contains("is shorter than the mask ########@");
    }

    @Test
    void knowsItsCheckPosition() {
        assertThat(new InputMask("BJ#######@").checkPosition()).contains(9);
        assertThat(new InputMask("SD######").checkPosition()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> new InputMask("@#@")).hasMessage("mask '@#@' has more than one check position @");
    }
}
