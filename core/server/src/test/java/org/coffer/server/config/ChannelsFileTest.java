package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.plugin.api.format.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council's names for channels, and Coffer's when it gives none. */
class ChannelsFileTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheFileEveryChannelHasCoffersNameAndContact() {
        Council council = CouncilLoader.load(TestingCouncil.writeFernley(dir));

        assertThat(council.channels().name("FASTER_PAYMENT")).isEqualTo("Faster payment");
        assertThat(council.channels().all()).hasSize(Channel.values().length)
                .contains(new CouncilChannel(Channel.CARD_PHONE, "Card phone", "Phone", false, true),
                        new CouncilChannel(Channel.DIRECT_DEBIT, "Direct debit", "Direct debit", true, true));
    }

    @Test
    void theFilesChannelsTakeTheCouncilsNamesAndTheRestKeepCoffers() throws Exception {
        Files.writeString(TestingCouncil.writeFernley(dir).resolve("channels.csv"), """
                code,name,contact,digital,enabled
                ALLPAY,allpay swipe card,Counter,no,no
                """);

        Channels channels = CouncilLoader.load(dir).channels();

        assertThat(channels.name("ALLPAY")).isEqualTo("allpay swipe card");
        assertThat(channels.name("CASH")).isEqualTo("Cash");
        assertThat(channels.name("SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(channels.all()).contains(new CouncilChannel(Channel.ALLPAY, "allpay swipe card", "Counter", false,
                false));
    }

    @Test
    void aChannelWithoutDigitalOrEnabledCountsAsCofferCountsItAndIsOffered() throws Exception {
        Files.writeString(TestingCouncil.writeFernley(dir).resolve("channels.csv"), """
                code,name,contact
                CARD_ONLINE,Pay online,Web
                CHEQUE,Cheque,Post
                """);

        assertThat(CouncilLoader.load(dir).channels().all()).contains(
                new CouncilChannel(Channel.CARD_ONLINE, "Pay online", "Web", true, true),
                new CouncilChannel(Channel.CHEQUE, "Cheque", "Post", false, true));
    }

    @Test
    void aCodeThatIsNoChannelIsRefusedWithItsLineAndTheChannels() throws Exception {
        Files.writeString(TestingCouncil.writeFernley(dir).resolve("channels.csv"), """
                code,name,contact,digital,enabled
                CASH,Cash,Counter,no,yes
                CARD_KIOSK,Kiosk,Counter,no,yes
                """);

        assertThatThrownBy(() -> CouncilLoader.load(dir)).hasMessageContaining("channels.csv line 3: code "
                + "'CARD_KIOSK' is not a channel; the channels are BACS_CREDIT, FASTER_PAYMENT");
    }
}
