package org.coffer.server.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A check-digit scheme a plugin provides, with the plugin's id for messages. The plugin checks the whole reference
 * and knows where its check character is, so the rule's check position is not passed on. A plugin that throws, or
 * answers nothing, refuses the reference with the reason: a broken plugin may send a payment to suspense, never to a
 * fund, and never stops an import.
 */
public record PluginCheckDigitScheme(String pluginId, org.coffer.plugin.api.reference.CheckDigitScheme scheme)
        implements CheckDigitScheme {

    public PluginCheckDigitScheme {
        requireNonNull(pluginId, "pluginId is null");
        requireNonNull(scheme, "scheme is null");
    }

    @Override
    public String id() {
        return scheme.id();
    }

    @Override
    public Optional<String> failure(String reference, int checkPosition) {
        try {
            return requireNonNull(scheme.check(reference), "the scheme's check returned null");
        } catch (RuntimeException e) {
            return Optional.of("could not be checked by check-digit scheme " + id() + " of plugin " + pluginId + ": "
                    + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
