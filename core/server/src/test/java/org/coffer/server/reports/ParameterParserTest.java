package org.coffer.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coffer.server.CofferException;
import org.coffer.server.config.Council;
import org.coffer.server.config.TestingCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Report REPORT = new Report("test", "Test", "A test.", "Nothing.", List.of(
            new ReportParameter("from", ParameterType.DATE, "From", "year-start"),
            new ReportParameter("period", ParameterType.PERIOD, "Month", "previous-month"),
            new ReportParameter("fund", ParameterType.FUND, "Fund", "all"),
            new ReportParameter("channel", ParameterType.CHANNEL, "Channel", "all"),
            new ReportParameter("account", ParameterType.BANK_ACCOUNT, "Bank account", "all")),
            List.of(new ReportColumn("x", "X", ColumnType.TEXT, false)), "SELECT 1 AS x", "test.xml");

    @TempDir
    Path dir;

    private ParameterParser parser;

    @BeforeEach
    void council() {
        Council council = TestingCouncil.fernley(dir);
        parser = new ParameterParser(council, TODAY);
    }

    @Test
    void defaultsAreWorkedOutFromTodayInTheFinancialYear() {
        ResolvedParameters resolved = parser.resolve(REPORT, Map.of());

        assertThat(resolved.bindings()).containsEntry("from", LocalDate.of(2025, 4, 1))
                .containsEntry("period_start", LocalDate.of(2025, 12, 1))
                .containsEntry("period_end", LocalDate.of(2025, 12, 31))
                .containsEntry("period_quarter_start", LocalDate.of(2025, 10, 1))
                .containsEntry("period_year_start", LocalDate.of(2025, 4, 1))
                .containsEntry("period_start_last_year", LocalDate.of(2024, 12, 1))
                .containsEntry("period_year_start_last_year", LocalDate.of(2024, 4, 1))
                .containsEntry("fund", null).containsEntry("channel", null).containsEntry("account", null);
        assertThat(resolved.values()).extracting(ParameterValue::description)
                .containsExactly("1 April 2025", "December 2025, period 9 of 2025/26", "all", "all", "all");
    }

    @Test
    void aFebruaryLastYearEndsOnItsOwnLastDay() {
        ResolvedParameters resolved = parser.resolve(REPORT, Map.of("period", "2025-02"));

        assertThat(resolved.bindings()).containsEntry("period_end", LocalDate.of(2025, 2, 28))
                .containsEntry("period_end_last_year", LocalDate.of(2024, 2, 29))
                .containsEntry("period_quarter_start", LocalDate.of(2025, 1, 1))
                .containsEntry("period_year_start", LocalDate.of(2024, 4, 1));
    }

    @Test
    void codesAreCheckedAgainstTheCouncilAndThePaymentChannels() {
        ResolvedParameters resolved = parser.resolve(REPORT, Map.of("fund", "nndr", "channel", "direct_debit",
                "account", "MAIN"));

        assertThat(resolved.bindings()).containsEntry("fund", "NNDR").containsEntry("channel", "DIRECT_DEBIT")
                .containsEntry("account", "MAIN");
        assertThatThrownBy(() -> parser.resolve(REPORT, Map.of("channel", "PIGEON")))
                .hasMessageStartingWith("report test, parameter channel: there is no channel 'PIGEON'; expected all "
                        + "or one of BACS_CREDIT, FASTER_PAYMENT,");
        assertThatThrownBy(() -> parser.resolve(REPORT, Map.of("account", "SAVINGS")))
                .hasMessage("report test, parameter account: there is no bank account 'SAVINGS'; expected all or one "
                        + "of MAIN, INCOME");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Report report = new Report("span", "Span", "A span.", "Nothing.", List.of(
                new ReportParameter("from", ParameterType.DATE, "From", "today"),
                new ReportParameter("to", ParameterType.DATE, "To", "today")), REPORT.columns(), "SELECT 1 AS x",
                "span.xml");

        assertThatThrownBy(() -> parser.resolve(report, Map.of("from", "2026-02-01", "to", "2026-01-31")))
                .hasMessage("report span, parameter from: '2026-02-01' is after to, '2026-01-31'; expected a day on "
                        + "or before it");
    }

    @Test
    void aBadDateOrAnUnknownParameterIsAUserErrorNamingIt() {
        assertThatThrownBy(() -> parser.resolve(REPORT, Map.of("from", "31/01/2026")))
                .isInstanceOf(CofferException.class)
                .hasMessage("report test, parameter from: '31/01/2026' is not a date; expected a day such as "
                        + "2025-04-30, or today, yesterday, month-start, previous-month-start, previous-month-end or "
                        + "year-start")
                .extracting(e -> ((CofferException) e).code()).isEqualTo(ReportErrorCode.REPORT_BAD_PARAMETER);
        assertThatThrownBy(() -> parser.resolve(REPORT, Map.of("form", "2026-01-01")))
                .hasMessage("report test, parameter form: the report has no such parameter; its parameters are from, "
                        + "period, fund, channel, account");
    }
}
