package org.coffer.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.coffer.sampledata.DemoCouncil;

/** Fernley Borough Council, the demo council, read the way a real install reads its council folder. */
public final class TestingCouncil {

    /** The demo council's allocation files, which travel in the sample-data jar beside {@link DemoCouncil#FILES}. */
    private static final List<String> RULE_FILES = List.of("check-digit-schemes.csv", "reference-rules.csv",
            "matching-rules.csv", "account-holders.csv");

    private TestingCouncil() {
    }

    /** Writes the demo council's configuration files into {@code dir} and returns the folder. */
    public static Path writeFernley(Path dir) {
        try {
            DemoCouncil.load().writeTo(dir);
            for (String name : RULE_FILES) {
                if (Files.notExists(dir.resolve(name))) {
                    copyResource(name, dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The demo council, loaded by {@link CouncilLoader} from its files written into {@code dir}. */
    public static Council fernley(Path dir) {
        return CouncilLoader.load(writeFernley(dir));
    }

    /** The demo council without its account holders, so that every reference its rules accept is an account. */
    public static Council fernleyWithoutHolders(Path dir) {
        try {
            Files.delete(writeFernley(dir).resolve("account-holders.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CouncilLoader.load(dir);
    }

    private static void copyResource(String name, Path dir) throws IOException {
        try (InputStream in = DemoCouncil.class.getClassLoader()
                .getResourceAsStream("org/coffer/sampledata/council/" + name)) {
            if (in == null) {
                throw new IOException("the demo council's " + name + " is not in the sample-data jar");
            }
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
