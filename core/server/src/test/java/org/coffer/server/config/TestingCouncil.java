package org.coffer.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.coffer.sampledata.DemoCouncil;

/** Fernley Borough Council, the demo council, read the way a real install reads its council folder. */
public final class TestingCouncil {

    private TestingCouncil() {
    }

    /** Writes the demo council's configuration files into {@code dir} and returns the folder. */
    public static Path writeFernley(Path dir) {
        try {
            DemoCouncil.load().writeTo(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The demo council, loaded by {@link CouncilLoader} from its files written into {@code dir}. */
    public static Council fernley(Path dir) {
        return CouncilLoader.load(writeFernley(dir));
    }
}
