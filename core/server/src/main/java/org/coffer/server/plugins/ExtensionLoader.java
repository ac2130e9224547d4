package org.coffer.server.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coffer.plugin.api.format.FormatFamily;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.api.reference.CheckDigitScheme;
import org.coffer.plugin.api.report.ReportDefinition;
import org.coffer.plugin.api.report.ReportDefinitions;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Instantiates a plugin's extensions from its extension index, itself rather than through PF4J's finder, which
 * logs and drops an extension whose class will not load: here that failure is the plugin's reported reason. An id
 * that another plugin already provides fails the later plugin, so that no file or reference depends on load order.
 */
final class ExtensionLoader {

    /** What one plugin provides, or why it cannot be used. */
    record Result(List<InboundFormat> formats, List<CheckDigitScheme> schemes, List<FormatFamily> families,
            List<LedgerExport> exports, List<ReportDefinition> reports, String failure) {

        static Result failed(String failure) {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of(), failure);
        }
    }

    /** Which plugin provides each format id, scheme id, format family id and ledger export id so far. */
    record Owners(Map<String, String> formats, Map<String, String> schemes, Map<String, String> families,
            Map<String, String> exports) {

        Owners() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        void add(String pluginId, Result result) {
            result.formats().forEach(format -> formats.put(format.id(), pluginId));
            result.schemes().forEach(scheme -> schemes.put(scheme.id(), pluginId));
            result.families().forEach(family -> families.put(family.id(), pluginId));
            result.exports().forEach(export -> exports.put(export.id(), pluginId));
        }
    }

    /** A scheme or export id is written in a CSV cell of the council's configuration. */
    private static final Pattern SCHEME_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private ExtensionLoader() {
    }

    static Result load(PluginManager manager, PluginWrapper plugin, Owners owners) {
        Set<String> classNames = manager.getExtensionClassNames(plugin.getPluginId());
        if (classNames.isEmpty()) {
            return Result.failed("it provides no extensions (its META-INF/extensions.idx is missing or empty)");
        }
        List<InboundFormat> formats = new ArrayList<>();
        List<CheckDigitScheme> schemes = new ArrayList<>();
        List<FormatFamily> families = new ArrayList<>();
        List<LedgerExport> exports = new ArrayList<>();
        List<ReportDefinition> reports = new ArrayList<>();
        for (String className : classNames) {
            Object extension;
            try {
                Class<?> type = Class.forName(className, true, plugin.getPluginClassLoader());
                extension = type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return Result.failed("its extension " + className + " could not be loaded: "
                        + e.getClass().getSimpleName() + ": " + CofferPluginManager.reason(e));
            }
            if (extension instanceof InboundFormat format) {
                Optional<String> refused = refusal(format, owners);
                if (refused.isPresent()) {
                    return Result.failed(refused.get());
                }
                formats.add(format);
            } else if (extension instanceof CheckDigitScheme scheme) {
                Optional<String> refused = refusal(scheme, schemes, owners);
                if (refused.isPresent()) {
                    return Result.failed(refused.get());
                }
                schemes.add(scheme);
            } else if (extension instanceof FormatFamily family) {
                List<InboundFormat> shipped;
                try {
                    shipped = family.shippedFormats();
                } catch (RuntimeException e) {
                    return Result.failed("its format family '" + family.id() + "' cannot make its shipped formats: "
                            + CofferPluginManager.reason(e));
                }
                Optional<String> refused = familyRefusal(family, shipped, formats, owners);
                if (refused.isPresent()) {
                    return Result.failed(refused.get());
                }
                families.add(family);
                formats.addAll(shipped);
            } else if (extension instanceof LedgerExport export) {
                Optional<String> refused = refusal(export, exports, owners);
                if (refused.isPresent()) {
                    return Result.failed(refused.get());
                }
                exports.add(export);
            } else if (extension instanceof ReportDefinitions definitions) {
                Optional<String> refused = addReports(definitions, reports);
                if (refused.isPresent()) {
                    return Result.failed(refused.get());
                }
            } else {
                return Result.failed("its extension " + className + " implements no extension point this server knows");
            }
        }
        return new Result(formats, schemes, families, exports, reports, null);
    }

    /** A plugin's report definitions, whose contents the report catalogue reads; here only their list is checked. */
    private static Optional<String> addReports(ReportDefinitions definitions, List<ReportDefinition> ownSoFar) {
        List<ReportDefinition> given;
        try {
            given = List.copyOf(definitions.definitions());
        } catch (RuntimeException e) {
            return Optional.of("its report definitions cannot be listed: " + CofferPluginManager.reason(e));
        }
        for (ReportDefinition definition : given) {
            if (ownSoFar.stream().anyMatch(other -> other.name().equals(definition.name()))) {
                return Optional.of("it provides report definition " + definition.name() + " twice");
            }
            ownSoFar.add(definition);
        }
        return Optional.empty();
    }

    /** A family's id must be free, and so must the ids of the formats it ships. */
    private static Optional<String> familyRefusal(FormatFamily family, List<InboundFormat> shipped,
            List<InboundFormat> ownSoFar, Owners owners) {
        String owner = owners.families().get(family.id());
        if (owner != null) {
            return Optional.of("its format family id '" + family.id() + "' is already provided by plugin " + owner);
        }
        for (InboundFormat format : shipped) {
            Optional<String> refused = refusal(format, owners);
            if (refused.isPresent()) {
                return refused;
            }
            if (ownSoFar.stream().anyMatch(other -> other.id().equals(format.id()))) {
                return Optional.of("it provides format id '" + format.id() + "' twice");
            }
        }
        return Optional.empty();
    }

    /** An export id is stored with every run and typed in ledger-targets.csv. */
    private static Optional<String> refusal(LedgerExport export, List<LedgerExport> ownSoFar, Owners owners) {
        String id = export.id();
        if (id == null || !SCHEME_ID.matcher(id).matches()) {
            return Optional.of("its ledger export id '" + id + "' is not 1 to 40 letters, digits, - or _");
        }
        String owner = owners.exports().get(id);
        if (owner != null) {
            return Optional.of("its ledger export id '" + id + "' is already provided by plugin " + owner);
        }
        if (ownSoFar.stream().anyMatch(other -> other.id().equals(id))) {
            return Optional.of("it provides ledger export id '" + id + "' twice");
        }
        return Optional.empty();
    }

    private static Optional<String> refusal(InboundFormat format, Owners owners) {
        return Optional.ofNullable(owners.formats().get(format.id()))
                .map(owner -> "its format id '" + format.id() + "' is already provided by plugin " + owner);
    }

    private static Optional<String> refusal(CheckDigitScheme scheme, List<CheckDigitScheme> ownSoFar, Owners owners) {
        String id = scheme.id();
        if (id == null || !SCHEME_ID.matcher(id).matches()) {
            return Optional.of("its check-digit scheme id '" + id + "' is not 1 to 40 letters, digits, - or _");
        }
        String owner = owners.schemes().get(id);
        if (owner != null) {
            return Optional.of("its check-digit scheme id '" + id + "' is already provided by plugin " + owner);
        }
        if (ownSoFar.stream().anyMatch(other -> other.id().equals(id))) {
            return Optional.of("it provides check-digit scheme id '" + id + "' twice");
        }
        return Optional.empty();
    }
}
