package org.coffer.server.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coffer.plugin.api.format.InboundFormat;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Instantiates a plugin's extensions from its extension index, itself rather than through PF4J's finder, which
 * logs and drops an extension whose class will not load: here that failure is the plugin's reported reason.
 */
final class ExtensionLoader {

    record Result(List<InboundFormat> formats, String failure) {
    }

    private ExtensionLoader() {
    }

    static Result load(PluginManager manager, PluginWrapper plugin, Map<String, String> takenFormatIds) {
        Set<String> classNames = manager.getExtensionClassNames(plugin.getPluginId());
        if (classNames.isEmpty()) {
            return new Result(List.of(), "it provides no extensions (its META-INF/extensions.idx is missing or empty)");
        }
        List<InboundFormat> formats = new ArrayList<>();
        for (String className : classNames) {
            Object extension;
            try {
                Class<?> type = Class.forName(className, true, plugin.getPluginClassLoader());
                extension = type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return new Result(List.of(), "its extension " + className + " could not be loaded: "
                        + e.getClass().getSimpleName() + ": " + CofferPluginManager.reason(e));
            }
            if (extension instanceof InboundFormat format) {
                String owner = takenFormatIds.get(format.id());
                if (owner != null) {
                    return new Result(List.of(), "its format id '" + format.id() + "' is already provided by plugin "
                            + owner);
                }
                formats.add(format);
            } else {
                return new Result(List.of(), "its extension " + className
                        + " implements no extension point this server knows");
            }
        }
        return new Result(formats, null);
    }
}
