package org.coffer.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.coffer.server.CofferException;
import org.coffer.server.config.Council;
import org.coffer.server.config.CouncilLoader;
import org.coffer.server.config.CurrentCouncil;
import org.coffer.server.config.Fund;
import org.coffer.server.config.TestingCouncil;
import org.coffer.server.store.Database;
import org.coffer.server.users.TestingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Administrators' changes written back to the demo council's files, checked, audited and applied at once. */
class CouncilSettingsTest {

    @TempDir
    Path dir;

    private final TestingClock clock = new TestingClock(Instant.parse("2026-06-10T09:00:00Z"),
            ZoneId.of("Europe/London"));
    private Path councilDir;
    private Database database;
    private CurrentCouncil current;
    private CouncilSettings settings;

    @BeforeEach
    void open() {
        councilDir = TestingCouncil.writeFernley(dir.resolve("council"));
        database = Database.open(dir.resolve("coffer.duckdb"));
        current = new CurrentCouncil(CouncilLoader.load(councilDir));
        settings = new CouncilSettings(councilDir, List.of(), current, database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String version(SettingsTable table) {
        return settings.file(table).version();
    }

    @Test
    void aChangedFundIsWrittenToItsLineAloneAndTheRunningCouncilTakesIt() throws Exception {
        List<String> linesBefore = Files.readAllLines(councilDir.resolve("funds.csv"));

        settings.save("admin", SettingsTable.FUNDS, false, Map.of("code", "CTAX", "maximum_amount", "2500.00",
                "enabled", "no"), version(SettingsTable.FUNDS));

        List<String> linesAfter = Files.readAllLines(councilDir.resolve("funds.csv"));
        assertThat(linesAfter.get(0)).as("the header and its column order are kept").isEqualTo(linesBefore.get(0));
        assertThat(linesAfter.get(1)).isEqualTo("CTAX,Council tax,[34][0-9]{8},R1001,CC100,OS,2500.00,no,"
                + "service=REV;subjective=9100,yes");
        assertThat(linesAfter.subList(2, linesAfter.size())).isEqualTo(linesBefore.subList(2, linesBefore.size()));
        Fund reread = CouncilLoader.load(councilDir).requireFund("CTAX");
        assertThat(reread.maximumPence()).isEqualTo(OptionalLong.of(250_000));
        assertThat(reread.enabled()).isFalse();
        assertThat(current.get().requireFund("CTAX")).hasToString(reread.toString());
        assertThat(settings.file(SettingsTable.FUNDS).rows().get(0)).containsEntry("maximum_amount", "2500.00")
                .containsEntry("enabled", "no");
    }

    @Test
    void aFileSavedByExcelKeepsItsByteOrderMarkAndLineEnds() throws Exception {
        Path funds = councilDir.resolve("funds.csv");
        String excel = "\uFEFF" + String.join("\r\n", Files.readAllLines(funds)) + "\r\n";
        Files.writeString(funds, excel);
        settings = new CouncilSettings(councilDir, List.of(), current, database, clock);

        settings.save("admin", SettingsTable.FUNDS, false, Map.of("code", "PARK", "name", "Parking £ fines"),
                version(SettingsTable.FUNDS));

        String after = Files.readString(funds);
        assertThat(after).startsWith("\uFEFF" + excel.substring(1, excel.indexOf("\r\n") + 2)).endsWith("\r\n")
                .doesNotContain("\n\n").contains("Parking £ fines");
        assertThat(after.lines().count()).isEqualTo(excel.lines().count());
    }

    @Test
    void eachChangeIsAuditedWithWhoAndTheRowBeforeAndAfter() {
        settings.save("admin", SettingsTable.FUNDS, false, Map.of("code", "PARK", "maximum_amount", "150.00"),
                version(SettingsTable.FUNDS));

        List<Map<String, Object>> audit = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT actor, action, subject, before, after FROM audit_log").mapToMap().list());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("actor", "admin").containsEntry("action", "settings.changed")
                .containsEntry("subject", "funds.csv PARK");
        assertThat((String) audit.get(0).get("before")).startsWith("{\"code\":\"PARK\",\"name\":\"Parking and fixed penalty "
                + "notices\"")
                .contains("\"maximum_amount\":\"1000.00\"");
        assertThat((String) audit.get(0).get("after")).contains("\"maximum_amount\":\"150.00\"");
    }

    @Test
    void aChangeThatChangesNothingIsNeitherWrittenNorAudited() throws Exception {
        Files.writeString(councilDir.resolve("channels.csv"), "code,name,contact\nCASH,Cash,Counter\n");
        settings = new CouncilSettings(councilDir, List.of(), current, database, clock);

        settings.save("admin", SettingsTable.CHANNELS, false, Map.of("code", "CASH", "name", "Cash"),
                version(SettingsTable.CHANNELS));

        assertThat(Files.readString(councilDir.resolve("channels.csv"))).isEqualTo("code,name,contact\nCASH,Cash,"
                + "Counter\n");
        long audited = database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log")
                .mapTo(Long.class).one());
        assertThat(audited).isZero();
    }

    @Test
    void aChangeTheLoaderRefusesIsRefusedWithItsMessageAndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(councilDir.resolve("funds.csv"));
        Council councilBefore = current.get();

        assertThatThrownBy(() -> settings.save("admin", SettingsTable.FUNDS, false, Map.of("code", "CTAX",
                "maximum_amount", "lots"), version(SettingsTable.FUNDS)))
                .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.code())
                        .isEqualTo(SettingsErrorCode.SETTINGS_INVALID))
                .hasMessageStartingWith("nothing was saved: funds.csv line 2: maximum_amount 'lots'");

        assertThat(Files.readAllBytes(councilDir.resolve("funds.csv"))).isEqualTo(before);
        assertThat(current.get()).isSameAs(councilBefore);
        long audited = database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log")
                .mapTo(Long.class).one());
        assertThat(audited).isZero();
        try (var files = Files.list(councilDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aFileEditedByHandSinceCofferReadItIsNotOverwritten() throws Exception {
        String version = version(SettingsTable.FUNDS);
        Files.writeString(councilDir.resolve("funds.csv"), "HAND,Hand edit,,R9,,,,yes,,no\n",
                StandardOpenOption.APPEND);
        byte[] handEdited = Files.readAllBytes(councilDir.resolve("funds.csv"));

        assertThatThrownBy(() -> settings.save("admin", SettingsTable.FUNDS, false, Map.of("code", "CTAX",
                "enabled", "no"), version))
                .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.code())
                        .isEqualTo(SettingsErrorCode.SETTINGS_CONFLICT))
                .hasMessageContaining("funds.csv was changed on disk since Coffer read it");

        assertThat(Files.readAllBytes(councilDir.resolve("funds.csv"))).isEqualTo(handEdited);
        assertThat(settings.changedOnDisk("funds.csv")).isTrue();
    }

    @Test
    void aChangeBegunBeforeAnotherPersonsSaveIsRefusedAsAConflict() {
        String seenByBoth = version(SettingsTable.FUNDS);
        settings.save("alice", SettingsTable.FUNDS, false, Map.of("code", "CTAX", "name", "Council Tax"), seenByBoth);

        assertThatThrownBy(() -> settings.save("bob", SettingsTable.FUNDS, false, Map.of("code", "CTAX",
                "name", "CT"), seenByBoth))
                .hasMessageContaining("funds.csv was changed by someone else since you opened it");
        assertThat(current.get().requireFund("CTAX").name()).isEqualTo("Council Tax");
    }

    @Test
    void aNewReferenceRuleFollowsItsFundsOthersAndARemovedOneGoes() throws Exception {
        settings.save("admin", SettingsTable.REFERENCE_RULES, true, Map.of("fund", "CTAX", "rule", "Old style",
                "length", "10", "characters", "digits", "pattern", "9.*"), version(SettingsTable.REFERENCE_RULES));

        List<String> lines = Files.readAllLines(councilDir.resolve("reference-rules.csv"));
        assertThat(lines.get(2)).isEqualTo("CTAX,Old style,10,digits,9.*,,");
        assertThat(current.get().requireFund("CTAX").ruleAccepting("9123456789")).isPresent();

        settings.remove("admin", SettingsTable.REFERENCE_RULES, Map.of("fund", "CTAX", "rule", "Old style"),
                version(SettingsTable.REFERENCE_RULES));

        assertThat(current.get().requireFund("CTAX").ruleAccepting("9123456789")).isEmpty();
        assertThat(Files.readAllLines(councilDir.resolve("reference-rules.csv"))).doesNotContain(lines.get(2));
    }

    @Test
    void aRuleNamingASchemeThereIsNotIsRefusedWithTheSchemesThereAre() {
        assertThatThrownBy(() -> settings.save("admin", SettingsTable.REFERENCE_RULES, true, Map.of("fund", "CTAX",
                "rule", "New", "length", "9", "characters", "digits", "check_digit_scheme", "MOD97"),
                version(SettingsTable.REFERENCE_RULES)))
                .hasMessageContaining("reference-rules.csv line")
                .hasMessageContaining("check_digit_scheme 'MOD97' is neither in check-digit-schemes.csv");
    }

    @Test
    void channelsWithoutAFileAreCoffersAndSavingOneWritesThemAll() throws Exception {
        assertThat(settings.file(SettingsTable.CHANNELS).version()).isEqualTo(CouncilFile.ABSENT);

        settings.save("admin", SettingsTable.CHANNELS, false, Map.of("code", "ALLPAY", "name", "allpay card",
                "contact", "Counter"), CouncilFile.ABSENT);

        assertThat(current.get().channels().name("ALLPAY")).isEqualTo("allpay card");
        assertThat(current.get().channels().name("CASH")).isEqualTo("Cash");
        assertThat(Files.readAllLines(councilDir.resolve("channels.csv"))).startsWith("code,name,contact,digital,"
                + "enabled").contains("ALLPAY,allpay card,Counter,no,yes");
    }

    @Test
    void accountHoldersAreRefusedWholeWithEveryBadLineOrReplacedWhole() throws Exception {
        byte[] before = Files.readAllBytes(councilDir.resolve("account-holders.csv"));
        String bad = """
                reference,fund,name,address,balance
                499008590,CTAX,MRS P NOWAK,66 PARK ROAD,1301.07
                12345,NOPE,MR X,,1.00
                407853371,CTAX,,99 STATION ROAD,12.00
                """;

        assertThatThrownBy(() -> settings.replaceAccountHolders("admin", stream(bad),
                settings.accountHoldersVersion()))
                .isInstanceOfSatisfying(CofferException.class, e -> assertThat(e.details()).containsExactly(
                        "account-holders.csv line 3: fund 'NOPE' is not one of the funds that hold accounts: "
                                + "CTAX, NNDR, HRENT, PARK, SUND",
                        "account-holders.csv line 4: the name column is empty"))
                .hasMessageContaining("2 lines are wrong");
        assertThat(Files.readAllBytes(councilDir.resolve("account-holders.csv"))).isEqualTo(before);

        long accounts = settings.replaceAccountHolders("admin", stream("""
                reference,fund,name,address,balance
                499008590,CTAX,MRS P NOWAK,66 PARK ROAD,1301.07
                """), settings.accountHoldersVersion());

        assertThat(accounts).isEqualTo(1);
        assertThat(current.get().accountHolders().count("CTAX")).isEqualTo(1);
        assertThat(current.get().accountHolders().covers("NNDR")).isFalse();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
