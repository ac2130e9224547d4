package org.coffer.server.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;

/**
 * PF4J's manager with three changes: each plugin's class loader sees only the host API, a plugin that fails to
 * load is remembered with its reason instead of only being logged, and zips are found in any locale.
 */
final class CofferPluginManager extends DefaultPluginManager {

    private final List<PluginReport.FailedPlugin> loadFailures = new ArrayList<>();

    CofferPluginManager(Path pluginsDir, String apiVersion) {
        super(pluginsDir);
        setSystemVersion(apiVersion);
    }

    List<PluginReport.FailedPlugin> loadFailures() {
        return List.copyOf(loadFailures);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new ExpandingPluginRepository(getPluginsRoots());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new HostApiPluginLoader(this));
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException e) {
            loadFailures.add(new PluginReport.FailedPlugin("", pluginPath.getFileName().toString(), reason(e)));
            throw e;
        }
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return message;
    }

    /** Loads expanded zip plugins (classes/ and lib/) with a class loader whose parent is the host API only. */
    private static final class HostApiPluginLoader extends DefaultPluginLoader {

        HostApiPluginLoader(CofferPluginManager manager) {
            super(manager);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new PluginClassLoader(pluginManager, descriptor,
                    new HostApiClassLoader(getClass().getClassLoader()), ClassLoadingStrategy.PDA);
        }
    }
}
