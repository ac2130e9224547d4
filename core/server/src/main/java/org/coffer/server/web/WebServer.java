package org.coffer.server.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.store.ServerNote;

/**
 * The web server: the JSON API and the pages over one {@link Coffer}. While it runs it leaves a note of its port
 * beside the database, so that a command line that finds the database busy can say where the server is.
 */
public final class WebServer implements AutoCloseable {

    /** Uploads larger than this go to a temporary file as they arrive, not to memory. */
    private static final int IN_MEMORY_UPLOAD_KB = 256;
    private static final long MAX_UPLOAD_MB = 2048;

    private final Coffer coffer;
    private final Javalin app;

    private WebServer(Coffer coffer, Javalin app) {
        this.coffer = coffer;
        this.app = app;
    }

    public static WebServer start(Coffer coffer) {
        Pages pages = new Pages(coffer.council().name());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(Json.mapper());
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/org/coffer/server/web/assets", Location.CLASSPATH);
            config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_UPLOAD_KB, SizeUnit.KB);
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.routes.exception(CofferException.class, (e, ctx) -> ErrorResponses.handle(e, ctx, pages));
            config.routes.exception(Exception.class, (e, ctx) -> ErrorResponses.unexpected(e, ctx, pages));
            new ApiRoutes(coffer).register(config.routes);
            new PageRoutes(coffer, pages).register(config.routes);
        });
        app.start(coffer.config().host(), coffer.config().port());
        ServerNote.write(coffer.config().databaseFile(), app.port());
        return new WebServer(coffer, app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            ServerNote.remove(coffer.config().databaseFile());
        }
    }
}
