package org.coffer.server.plugins;

import java.math.BigInteger;
import java.util.Optional;
import org.coffer.plugin.api.reference.CheckDigitScheme;

/**
 * ISO 7064 MOD 97-10, as a plugin would provide it: the whole reference, read as a number, leaves 1 divided by 97.
 * Copied into plugin folders by {@link TestingPluginFolders}, so it refers to nothing but the JDK and the plugin API.
 */
public final class TestingMod97Scheme implements CheckDigitScheme {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Override
    public String id() {
        return "MOD97";
    }

    @Override
    public String description() {
        return "ISO 7064 MOD 97-10: the reference leaves 1 divided by 97";
    }

    @Override
    public Optional<String> check(String reference) {
        if (!reference.matches("[0-9]{3,}")) {
            return Optional.of("is not three or more digits, as MOD97 needs");
        }
        int remainder = new BigInteger(reference).mod(NINETY_SEVEN).intValue();
        return remainder == 1 ? Optional.empty()
                : Optional.of("leaves " + remainder + " divided by 97, where MOD97 expects 1");
    }
}
