package org.coffer.server.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coffer.plugin.api.format.Channel;

/**
 * Reads {@code settlers.csv}: {@code settler,name,channels,bank_account,bank_pattern,reversal_pattern,batch_key,
 * detail_format,detail_account,fee_percent,window_days,tolerance}, one settler a line. Channels are separated by
 * {@code ;}, the fee is a percentage such as {@code 0.50} and the tolerance pounds such as {@code 1.00}. Without the
 * file a council has no settlers and nothing is reconciled.
 */
public final class SettlersFile {

    public static final String NAME = "settlers.csv";

    private SettlersFile() {
    }

    /** The settlers in the council's folder, none when there is no folder or no file. */
    public static List<Settler> read(Optional<Path> councilDir) {
        return councilDir.map(dir -> dir.resolve(NAME)).filter(Files::exists).map(SettlersFile::read)
                .orElse(List.of());
    }

    static List<Settler> read(Path file) {
        List<Settler> settlers = CouncilCsv.rows(file, SettlersFile::settler);
        Set<String> ids = new HashSet<>();
        for (Settler settler : settlers) {
            if (!ids.add(settler.id())) {
                throw CouncilCsv.bad(file, 0, "names settler " + settler.id() + " twice");
            }
        }
        return settlers;
    }

    private static Settler settler(CouncilCsv.Row row) {
        String window = row.get("window_days");
        return new Settler(row.required("settler"), row.required("name"), channels(row.get("channels")),
                row.get("bank_account"), row.required("bank_pattern"), row.get("reversal_pattern"),
                row.get("batch_key"), row.get("detail_format"), row.get("detail_account"),
                basisPoints(row.get("fee_percent")),
                window.isEmpty() ? 3 : CouncilCsv.wholeNumber(window, "window_days"),
                row.get("tolerance").isEmpty() ? 0 : Pounds.toPence(row.get("tolerance"), "tolerance"));
    }

    private static List<Channel> channels(String text) {
        List<Channel> channels = new ArrayList<>();
        for (String name : text.isBlank() ? new String[0] : text.split(";")) {
            try {
                channels.add(Channel.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("channel '" + name.strip() + "' is not one of Coffer's channels, "
                        + "such as ALLPAY, GOVUK_PAY, CARD_ONLINE or DIRECT_DEBIT");
            }
        }
        return channels;
    }

    /** {@code 0.50} per cent is 50 basis points; finer fractions are refused rather than rounded. */
    private static int basisPoints(String percent) {
        if (percent.isEmpty()) {
            return 0;
        }
        try {
            return new BigDecimal(percent).movePointRight(2).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("fee_percent '" + percent + "' is not a percentage with at most two "
                    + "decimal places, such as 0.50");
        }
    }
}
