package org.coffer.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coffer.plugin.api.format.Channel;

/**
 * Reads {@code channels.csv}: {@code code,name,contact}, and optionally {@code digital} (by default as Coffer counts
 * the channel) and {@code enabled} (by default yes), one channel per line, the code one of the channels the formats
 * produce. A channel the file does not list keeps Coffer's name for it; without the file every
 * channel does.
 */
final class ChannelsFile {

    static final String NAME = "channels.csv";

    private static final List<String> COLUMNS = List.of("code", "name", "contact");

    private ChannelsFile() {
    }

    static Channels read(Path file) {
        if (!Files.exists(file)) {
            return Channels.defaults();
        }
        List<CouncilChannel> channels = new ArrayList<>();
        Set<Channel> seen = EnumSet.noneOf(Channel.class);
        CouncilCsv.forEachRow(file, COLUMNS, row -> {
            Channel code = code(row.required("code"));
            if (!seen.add(code)) {
                throw new IllegalArgumentException("channel " + code + " is listed twice");
            }
            channels.add(new CouncilChannel(code, row.required("name"), row.required("contact"),
                    CouncilLoader.yesOrNo(row.get("digital"), "digital", Channels.byDefault(code).digital()),
                    CouncilLoader.yesOrNo(row.get("enabled"), "enabled", true)));
        });
        return new Channels(channels);
    }

    private static Channel code(String text) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("code '" + text + "' is not a channel; the channels"
                        + " are " + String.join(", ", Arrays.stream(Channel.values()).map(Channel::name).toList())));
    }
}
