package org.coffer.server.plugins;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin class loader: it shows a plugin the JDK, PF4J, SLF4J and the Coffer plugin API, and
 * nothing else of the server, so a plugin that reaches for a server class fails in its own tests, not in a council.
 */
final class HostApiClassLoader extends ClassLoader {

    private static final List<String> SHARED_PACKAGES = List.of("org.pf4j.", "org.slf4j.", "org.coffer.plugin.api.");

    private final ClassLoader host;

    HostApiClassLoader(ClassLoader host) {
        super(ClassLoader.getPlatformClassLoader());
        this.host = host;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException notInJdk) {
            if (isShared(name)) {
                return host.loadClass(name);
            }
            throw new ClassNotFoundException(name + " is not part of the plugin API: a plugin may use only the JDK,"
                    + " PF4J, SLF4J, the Coffer plugin API and the libraries in its own lib/ folder");
        }
    }

    @Override
    public URL getResource(String name) {
        URL jdk = getParent().getResource(name);
        if (jdk != null) {
            return jdk;
        }
        return isShared(name.replace('/', '.')) ? host.getResource(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isShared(name.replace('/', '.'))) {
            return host.getResources(name);
        }
        return getParent() == null ? Collections.emptyEnumeration() : getParent().getResources(name);
    }

    private static boolean isShared(String name) {
        return SHARED_PACKAGES.stream().anyMatch(name::startsWith);
    }
}
