package org.coffer.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coffer.server.CofferException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path work;

    @Test
    void aFolderWithoutSettingsGetsTheDefaults() {
        Path plugins = work.resolve("bundled-plugins");

        CofferConfig config = ConfigLoader.load(work, plugins);

        assertThat(config.databaseFile()).isEqualTo(work.resolve("coffer-data/coffer.duckdb"));
        assertThat(config.pluginsDir()).isEqualTo(plugins);
        assertThat(config.councilDir()).isEmpty();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
    }

    @Test
    void relativePathsAreResolvedAgainstTheSettingsFolder() throws IOException {
        Path absoluteDatabase = work.resolve("elsewhere/live.duckdb").toAbsolutePath();
        settings("database.file=" + absoluteDatabase.toString().replace('\\', '/'),
                "plugins.dir = my-plugins ",
                "council.dir=config/fernley",
                "server.host=0.0.0.0",
                "server.port=0");

        CofferConfig config = ConfigLoader.load(work, work.resolve("unused"));

        assertThat(config.databaseFile()).isEqualTo(absoluteDatabase);
        assertThat(config.pluginsDir()).isEqualTo(work.resolve("my-plugins"));
        assertThat(config.councilDir()).contains(work.resolve("config/fernley"));
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isZero();
    }

    @Test
    void aRelativeDatabaseFileIsUnderTheSettingsFolder() throws IOException {
        settings("database.file=data/council.duckdb");

        assertThat(ConfigLoader.load(work, work).databaseFile()).isEqualTo(work.resolve("data/council.duckdb"));
    }

    @Test
    void anUnknownSettingIsRefusedByNameWithTheKnownOnesListed() throws IOException {
        settings("database.file=coffer.duckdb", "sever.port=9090");

        assertThatThrownBy(() -> ConfigLoader.load(work, work))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(ConfigErrorCode.CONFIG_UNKNOWN_KEY))
                .hasMessageContaining("coffer.properties")
                .hasMessageContaining("unknown setting sever.port")
                .hasMessageContaining("known settings are council.dir, database.file, plugins.dir, server.host, "
                        + "server.port");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedWithTheValue() throws IOException {
        settings("server.port=80a");

        assertThatThrownBy(() -> ConfigLoader.load(work, work))
                .isInstanceOfSatisfying(CofferException.class,
                        e -> assertThat(e.code()).isEqualTo(ConfigErrorCode.CONFIG_BAD_VALUE))
                .hasMessageContaining("server.port")
                .hasMessageContaining("'80a'");
    }

    @Test
    void aPortOutOfRangeIsRefusedWithTheValue() throws IOException {
        settings("server.port=65536");

        assertThatThrownBy(() -> ConfigLoader.load(work, work))
                .isInstanceOf(CofferException.class)
                .hasMessageContaining("server.port must be a port number from 0 to 65535, was '65536'");
    }

    private void settings(String... lines) throws IOException {
        Files.write(work.resolve("coffer.properties"), java.util.List.of(lines), StandardCharsets.UTF_8);
    }
}
