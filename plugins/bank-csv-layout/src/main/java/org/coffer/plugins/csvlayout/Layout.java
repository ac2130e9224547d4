package org.coffer.plugins.csvlayout;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coffer.plugin.api.format.Channel;
import org.coffer.plugins.csv.DecimalStyle;

/**
 * A bank export's layout, read from its settings and checked: everything a reader needs to turn the export's
 * records into statement lines. See the plugin's README for each setting.
 *
 * @param datePattern the date pattern as the layout writes it, for messages
 * @param columns   the text columns by setting name: {@code reference}, {@code narrative}, {@code counterparty},
 *                  {@code bank-reference}, {@code type}, {@code account}, {@code sort-code}, {@code balance}
 * @param channels  the channel for each value of the {@code type} column, upper-cased
 * @param skipStart records whose first field (or line, in a fixed-width file) starts with this are not lines, such
 *                  as a trailer; empty when the layout has none
 */
record Layout(
        String id,
        String name,
        boolean fixedWidth,
        char delimiter,
        int headerLines,
        Optional<String> detectHeader,
        Optional<Pattern> detectFileName,
        ColumnSpec date,
        String datePattern,
        DateTimeFormatter dateFormat,
        AmountScheme amounts,
        DecimalStyle decimalStyle,
        Map<String, ColumnSpec> columns,
        Map<String, Channel> channels,
        Channel defaultChannel,
        String accountValue,
        String currency,
        boolean newestFirst,
        String skipStart) {

    Layout {
        columns = Map.copyOf(columns);
        channels = Map.copyOf(channels);
    }

    Optional<ColumnSpec> column(String setting) {
        return Optional.ofNullable(columns.get(setting));
    }
}
