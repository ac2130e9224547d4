package org.coffer.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.coffer.plugin.testing.Fixtures;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportErrorCode;
import org.coffer.server.imports.ImportRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public fixture in a format Coffer reads is recognised by the right plugin without being told, among all
 * the plugins of the installation: whether it then imports or is refused for its content.
 */
class FormatDetectionIT {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "mt940/abn-amro-4stmts.sta, mt940", "mt940/asn-swift-blocks.sta, mt940",
        "mt940/betterplace-sepa.sta, mt940", "mt940/bunq.sta, mt940", "mt940/citi-usd.sta, mt940",
        "mt940/cmxl-iso8859-1.sta, mt940", "mt940/commerzbank.sta, mt940", "mt940/danske-dk.sta, mt940",
        "camt053/genkgo-v2-multi-statement.xml, camt053", "camt053/genkgo-v4.xml, camt053",
        "camt053/subite-v8-two-stmts-oneline.xml, camt053",
        "camt054/genkgo-054-v4.xml, camt054", "camt054/subite-054-v10-net-credit.xml, camt054",
        "bai2/moj-natwest-gbp.bai2, bai2", "bai2/moov-sample1-cad.txt, bai2", "bai2/moov-sample2-spec.txt, bai2",
        "bai2/moov-sample3-packed.txt, bai2",
        "uk-csv/govukpay-payout-2025.csv, govuk-pay", "uk-csv/barclaycard-merchant-sosure.csv, barclaycard-merchant",
        "uk-csv/lloyds-sosure.csv, lloyds-online-csv", "bacs/sosure-addacs.xml, bacs-addacs",
        "bacs/sosure-auddis-accepted.xml, bacs-auddis", "bacs/sosure-input-report.xml, bacs-input-report"})
    void isRecognisedByItsOwnPlugin(String fixture, String format) throws IOException {
        try (TestCoffer coffer = TestCoffer.open(folder)) {
            try {
                coffer.importFile(Fixtures.file(fixture));
            } catch (CofferException refused) {
                assertThat(refused.code()).as(refused.getMessage())
                        .isNotIn(ImportErrorCode.IMPORT_FORMAT_NOT_RECOGNISED, ImportErrorCode.IMPORT_FORMAT_AMBIGUOUS);
            }
            ImportRecord attempt = coffer.coffer().imports().history(1).get(0);
            assertThat(attempt.formatId()).isEqualTo(format);
        }
    }
}
