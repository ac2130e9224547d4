package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.coffer.plugin.api.format.Channel;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlersFileTest {

    private static final String HEADER = "settler,name,channels,bank_account,bank_pattern,reversal_pattern,batch_key,"
            + "detail_format,detail_account,fee_percent,window_days,tolerance";

    @TempDir
    Path dir;

    @Test
    void readsTheDemoCouncilsSettlers() {
        List<Settler> settlers = SettlersFile.read(Optional.of(TestingCouncil.writeFernley(dir)));

        assertThat(settlers).extracting(Settler::id)
                .containsExactly("ALLPAY", "GOVUKPAY", "CARD", "PAYPOINT", "WORLDPAY", "BACSDD");
        Settler card = settlers.get(2);
        assertThat(card.feeBasisPoints()).isEqualTo(50);
        assertThat(card.windowDays()).isEqualTo(3);
        assertThat(card.tolerancePence()).isEqualTo(100);
        assertThat(card.channels()).containsExactly(Channel.CARD_ONLINE, Channel.CARD_PHONE, Channel.CARD_COUNTER);
        assertThat(settlers.get(5).hasReversals()).isTrue();
        assertThat(settlers.get(5).hasDetail()).as("its runs are itemised by their Standard 18 files").isTrue();
        assertThat(settlers.get(3).hasDetail()).as("PayPoint sends no file Coffer reads").isFalse();
    }

    @Test
    void aCouncilWithoutTheFileHasNoSettlers() {
        assertThat(SettlersFile.read(Optional.of(dir))).isEmpty();
        assertThat(SettlersFile.read(Optional.empty())).isEmpty();
    }

    @Test
    void refusesABadLineNamingTheFileTheLineAndWhatWasExpected() throws IOException {
        assertRefused("A,Allpay,ALLPAY,,ALLPAY .*,,,allpay,,,3,1.00", "line 2", "detail_format and detail_account");
        assertRefused("A,Allpay,ALLPAY,,ALLPAY (,,,,,,3,1.00", "line 2", "bank_pattern 'ALLPAY ('");
        assertRefused("A,Allpay,COUNTER,,ALLPAY .*,,,,,,3,1.00", "channel 'COUNTER'");
        assertRefused("A,Allpay,ALLPAY,,ALLPAY .*,,,,,0.125,3,1.00", "fee_percent '0.125'");
        assertRefused("A,Dd,DIRECT_DEBIT,,DD .*,DD UNPAID .*,[0-9]+,,,,3,0", "has no group");
        assertRefused("A,Allpay,ALLPAY,,ALLPAY .*,,,,,,3,1.00\nA,Again,ALLPAY,,X .*,,,,,,3,1.00", "settler A twice");
    }

    private void assertRefused(String lines, String... message) throws IOException {
        Path file = dir.resolve(SettlersFile.NAME);
        Files.writeString(file, HEADER + "\n" + lines + "\n", StandardCharsets.UTF_8);

        CofferException refusal = catchThrowableOfType(CofferException.class, () -> SettlersFile.read(Optional.of(dir)));

        assertThat(refusal.code()).isEqualTo(ConfigErrorCode.COUNCIL_BAD_FILE);
        assertThat(refusal.getMessage()).contains(SettlersFile.NAME).contains(message);
    }
}
