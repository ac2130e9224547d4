package org.coffer.plugins.camt054;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.plugin.testing.TestingFileSink.ReadStatement;
import org.junit.jupiter.api.Test;

/** Exactly what each public camt.054 fixture yields; the figures are those listed in the fixtures' SOURCES.md. */
class Camt054FixturesTest {

    @Test
    void refusesTheVersion4BatchWhoseDetailsAreInAnotherCurrencyThanItsEntry() throws IOException {
        TestingCamt054.Read read = TestingCamt054.read(Fixtures.file("camt054/genkgo-054-v4.xml"));

        assertThat(read.refusal()).isNull();
        assertThat(read.sink().lines()).isEmpty();
        assertThat(read.sink().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Camt054ErrorCode.CAMT054_BATCH_MISMATCH);
            assertThat(problem.location().element()).isEqualTo("Ntfctn[1]/Ntry[1]/TxDtls[1]");
            assertThat(problem.message()).isEqualTo("the detail is in CHF but its entry is in SEK");
        });
        ReadStatement notification = read.sink().statements().get(0);
        assertThat(notification.start().account()).isEqualTo("CH2801234000123456789");
        assertThat(notification.start().sequence()).isEqualTo("12312");
        assertThat(notification.start().currency()).as("no Acct/Ccy: the entry's").isEqualTo("SEK");
    }

    @Test
    void keepsNoLinesOfTheVersion10NotificationWhoseOnlyEntryIsInformation() throws IOException {
        TestingCamt054.Read read = TestingCamt054.read(Fixtures.file("camt054/subite-054-v10-net-credit.xml"));

        assertThat(read.refusal()).isNull();
        assertThat(read.sink().problems()).isEmpty();
        assertThat(read.sink().statements()).singleElement().satisfies(notification -> {
            assertThat(notification.start().account()).isEqualTo("LT809872649478701594");
            assertThat(notification.start().sequence()).as("no sequence numbers: the notification's Id")
                    .isEqualTo("1395663");
            assertThat(notification.start().currency()).isEqualTo("EUR");
            assertThat(notification.start().from()).isNull();
            assertThat(notification.lines()).as("an INFO entry is not money").isEmpty();
        });
    }
}
