package org.coffer.plugins.csvlayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.junit.jupiter.api.Test;

/** A council's mistakes in a layout are refused together, each naming its setting and line. */
class LayoutSettingsTest {

    @Test
    void refusesEveryWrongSettingAtOnceNamingItsLine() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("id", "fernley-bank");
        settings.put("name", "Fernley's bank");
        settings.put("date", "Date");
        settings.put("date.format", "31st of the month");
        settings.put("amount", "Amount");
        settings.put("channel.FPI", "FASTER");
        settings.put("referance", "Reference");

        assertThatThrownBy(() -> new CsvLayoutFamily().format(TestingLayout.of("layouts/fernley.layout", settings)))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.problems())
                        .extracting(Problem::field, problem -> problem.code().name(), problem -> problem.location()
                                .line())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("referance", "LAYOUT_UNKNOWN_SETTING", 7L),
                                org.assertj.core.groups.Tuple.tuple("date.format", "LAYOUT_BAD_SETTING", 4L),
                                org.assertj.core.groups.Tuple.tuple("channel.FPI", "LAYOUT_BAD_SETTING", 6L)))
                .hasMessageContaining("layouts/fernley.layout");
    }

    @Test
    void refusesALayoutWithNoAmountAndCharacterPositionsInACsv() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("id", "fernley-bank");
        settings.put("name", "Fernley's bank");
        settings.put("date", "1-8");
        settings.put("date.format", "yyyyMMdd");

        assertThatThrownBy(() -> new CsvLayoutFamily().format(TestingLayout.of("fernley.layout", settings)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("the layout names no amount")
                .hasMessageContaining("only a fixed-width layout (shape=fixed) has");
    }

    @Test
    void everyShippedLayoutIsValidAndHasItsOwnId() {
        assertThat(new CsvLayoutFamily().shippedFormats()).extracting(format -> format.id())
                .containsExactlyElementsOf(CsvLayoutFamily.SHIPPED);
    }
}
