package org.coffer.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.coffer.server.Coffer;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.config.ConfigLoader;

/**
 * Where a command works: the current folder's {@code coffer.properties} over the defaults, with plugins from the
 * installation's {@code plugins} folder (the launcher passes the installation as {@code coffer.home}).
 */
final class Workspace {

    /** Councils in England and Wales keep their days in UK time. */
    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private Workspace() {
    }

    static CofferConfig config() {
        Path home = Path.of(System.getProperty("coffer.home", "."));
        return ConfigLoader.load(workDir(), home.resolve("plugins"));
    }

    /** The current folder, or the folder the {@code coffer.workdir} system property names (tests set it). */
    static Path workDir() {
        return Path.of(System.getProperty("coffer.workdir", "")).toAbsolutePath();
    }

    static Coffer open(CofferConfig config) {
        return Coffer.open(config, Clock.system(COUNCIL_ZONE));
    }

    /** The operating-system user, as the audit log names actions from the command line. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
