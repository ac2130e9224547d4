package org.coffer.server.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.coffer.plugin.api.PluginApi;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.ProblemException;
import org.coffer.plugin.api.format.FormatFamily;
import org.coffer.plugin.api.format.InboundFormat;
import org.coffer.plugin.api.ledger.LedgerExport;
import org.coffer.plugin.api.reference.CheckDigitScheme;
import org.coffer.plugin.api.report.ReportDefinition;
import org.coffer.server.CofferException;
import org.coffer.server.config.ConfigErrorCode;
import org.coffer.server.config.CouncilLayout;
import org.coffer.server.config.PluginCheckDigitScheme;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins folder with PF4J and keeps what the plugins provide: inbound formats, format families,
 * check-digit schemes, ledger exports and report definitions. A broken plugin (a bad descriptor, an API version it does not accept, a
 * class that will not load, an id already taken) is reported with its reason and skipped; it never stops the server
 * or the other plugins.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final CofferPluginManager manager;
    private final PluginReport report;
    private final List<InboundFormat> formats;
    private final List<PluginCheckDigitScheme> checkDigitSchemes;
    private final Map<String, FormatFamily> families;
    private final List<LedgerExport> ledgerExports;
    private final List<PluginReportDefinition> reportDefinitions;

    private PluginHost(CofferPluginManager manager, PluginReport report, List<InboundFormat> formats,
            List<PluginCheckDigitScheme> checkDigitSchemes, Map<String, FormatFamily> families,
            List<LedgerExport> ledgerExports, List<PluginReportDefinition> reportDefinitions) {
        this.manager = manager;
        this.report = report;
        this.formats = List.copyOf(formats);
        this.checkDigitSchemes = List.copyOf(checkDigitSchemes);
        this.families = Map.copyOf(families);
        this.ledgerExports = List.copyOf(ledgerExports);
        this.reportDefinitions = List.copyOf(reportDefinitions);
    }

    public static PluginHost load(Path pluginsDir) {
        String apiVersion = PluginApi.version();
        CofferPluginManager manager = new CofferPluginManager(pluginsDir, apiVersion);
        if (Files.isDirectory(pluginsDir)) {
            manager.loadPlugins();
            manager.startPlugins();
        } else {
            LOG.warn("The plugins folder {} does not exist: no file formats are available", pluginsDir);
        }
        List<PluginReport.LoadedPlugin> loaded = new ArrayList<>();
        List<PluginReport.FailedPlugin> failed = new ArrayList<>(manager.loadFailures());
        ExtensionLoader.Owners owners = new ExtensionLoader.Owners();
        List<InboundFormat> formats = new ArrayList<>();
        List<PluginCheckDigitScheme> schemes = new ArrayList<>();
        Map<String, FormatFamily> families = new HashMap<>();
        List<LedgerExport> exports = new ArrayList<>();
        List<PluginReportDefinition> reports = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            PluginDescriptor descriptor = plugin.getDescriptor();
            String notStarted = whyNotStarted(plugin, apiVersion);
            if (notStarted != null) {
                failed.add(new PluginReport.FailedPlugin(plugin.getPluginId(), fileName(plugin), notStarted));
                continue;
            }
            ExtensionLoader.Result result = ExtensionLoader.load(manager, plugin, owners);
            if (result.failure() != null) {
                failed.add(new PluginReport.FailedPlugin(plugin.getPluginId(), fileName(plugin), result.failure()));
                manager.stopPlugin(plugin.getPluginId());
                continue;
            }
            owners.add(plugin.getPluginId(), result);
            formats.addAll(result.formats());
            result.families().forEach(family -> families.put(family.id(), family));
            result.schemes().forEach(scheme -> schemes.add(new PluginCheckDigitScheme(plugin.getPluginId(), scheme)));
            exports.addAll(result.exports());
            result.reports().forEach(definition -> reports.add(
                    new PluginReportDefinition(plugin.getPluginId(), definition)));
            loaded.add(new PluginReport.LoadedPlugin(plugin.getPluginId(), descriptor.getVersion(),
                    descriptor.getProvider(), descriptor.getRequires(),
                    result.formats().stream().map(InboundFormat::id).sorted().toList(),
                    result.schemes().stream().map(CheckDigitScheme::id).sorted().toList(),
                    result.exports().stream().map(LedgerExport::id).sorted().toList(),
                    result.reports().stream().map(ReportDefinition::name).toList()));
        }
        failed.forEach(f -> LOG.error("Plugin {} ({}) was not loaded: {}", f.id(), f.file(), f.reason()));
        loaded.sort(Comparator.comparing(PluginReport.LoadedPlugin::id));
        failed.sort(Comparator.comparing(PluginReport.FailedPlugin::file));
        formats.sort(Comparator.comparing(InboundFormat::id));
        schemes.sort(Comparator.comparing(PluginCheckDigitScheme::id));
        exports.sort(Comparator.comparing(LedgerExport::id));
        reports.sort(Comparator.comparing(PluginReportDefinition::pluginId));
        return new PluginHost(manager, new PluginReport(loaded, failed), formats, schemes, families, exports,
                reports);
    }

    public PluginReport report() {
        return report;
    }

    /** Every inbound format the loaded plugins provide, by id. */
    public List<InboundFormat> formats() {
        return formats;
    }

    /**
     * The formats a council's layout files describe, each made by the format family its file names, after the
     * plugins' own formats.
     *
     * @throws CofferException naming the layout file, and every problem the family found in it, when a file names
     *     no loaded family, describes a layout wrongly, or takes an id that another format already has
     */
    public List<InboundFormat> withCouncilLayouts(List<CouncilLayout> layouts) {
        List<InboundFormat> all = new ArrayList<>(formats);
        for (CouncilLayout layout : layouts) {
            FormatFamily family = families.get(layout.family());
            if (family == null) {
                throw new CofferException(ConfigErrorCode.COUNCIL_BAD_FILE, layout.source() + " names format family '"
                        + layout.family() + "', which no loaded plugin provides (the families are: "
                        + String.join(", ", new TreeSet<>(families.keySet())) + ")");
            }
            InboundFormat format;
            try {
                format = family.format(layout.file());
            } catch (ProblemException e) {
                throw new CofferException(ConfigErrorCode.COUNCIL_BAD_FILE, layout.source() + " is not a layout "
                        + layout.family() + " can read", e.problems().stream().map(Problem::toString).toList(), e);
            }
            if (all.stream().anyMatch(other -> other.id().equals(format.id()))) {
                throw new CofferException(ConfigErrorCode.COUNCIL_BAD_FILE, layout.source() + " gives id '"
                        + format.id() + "', which another format already has: choose another id");
            }
            all.add(format);
        }
        all.sort(Comparator.comparing(InboundFormat::id));
        return List.copyOf(all);
    }

    /** Every check-digit scheme the loaded plugins provide, by id, for the council's reference rules to name. */
    public List<PluginCheckDigitScheme> checkDigitSchemes() {
        return checkDigitSchemes;
    }

    /** Every ledger export the loaded plugins provide, by id, for the council's export targets to name. */
    public List<LedgerExport> ledgerExports() {
        return ledgerExports;
    }

    /** The report definitions the loaded plugins provide, plugin by plugin, for the report catalogue to read. */
    public List<PluginReportDefinition> reportDefinitions() {
        return reportDefinitions;
    }

    @Override
    public void close() {
        for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
            manager.stopPlugin(plugin.getPluginId());
        }
        manager.unloadPlugins();
    }

    private static String whyNotStarted(PluginWrapper plugin, String apiVersion) {
        if (plugin.getPluginState() == PluginState.STARTED) {
            return null;
        }
        if (plugin.getFailedException() != null) {
            return CofferPluginManager.reason(plugin.getFailedException());
        }
        String requires = plugin.getDescriptor().getRequires();
        if (!plugin.getPluginManager().getVersionManager().checkVersionConstraint(apiVersion, requires)) {
            return "it requires plugin API " + requires + " but this server provides " + apiVersion;
        }
        return "it is " + plugin.getPluginState().toString().toLowerCase(Locale.ROOT);
    }

    private static String fileName(PluginWrapper plugin) {
        Path path = plugin.getPluginPath();
        return path == null ? "" : path.getFileName().toString();
    }
}
