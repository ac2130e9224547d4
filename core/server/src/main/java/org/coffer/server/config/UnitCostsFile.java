package org.coffer.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coffer.plugin.api.format.Channel;

/**
 * Reads a council's {@code unit-costs.csv}: {@code channel,contact,unit_cost,source}, the cost in pounds of
 * collecting one payment by each channel and where that figure comes from. A channel the file does not list keeps
 * the published default ({@link UnitCost#DEFAULTS}); without the file every channel does.
 */
public final class UnitCostsFile {

    public static final String NAME = "unit-costs.csv";

    private UnitCostsFile() {
    }

    /** The council's unit costs over the defaults, channel by channel, in channel order. */
    public static List<UnitCost> load(Optional<Path> councilDir) {
        Map<Channel, UnitCost> costs = new LinkedHashMap<>();
        UnitCost.DEFAULTS.forEach(cost -> costs.put(cost.channel(), cost));
        Optional<Path> file = councilDir.map(dir -> dir.resolve(NAME)).filter(Files::exists);
        file.ifPresent(f -> {
            for (UnitCost cost : CouncilCsv.rows(f, UnitCostsFile::cost)) {
                costs.put(cost.channel(), cost);
            }
        });
        return Arrays.stream(Channel.values()).filter(costs::containsKey).map(costs::get).toList();
    }

    private static UnitCost cost(CouncilCsv.Row row) {
        String channel = row.required("channel");
        Channel known = Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("channel '" + channel + "' is not one of "
                        + String.join(", ", Arrays.stream(Channel.values()).map(Channel::name).toList())));
        return new UnitCost(known, row.required("contact"), Pounds.toPence(row.required("unit_cost"), "unit_cost"),
                row.get("source"));
    }
}
