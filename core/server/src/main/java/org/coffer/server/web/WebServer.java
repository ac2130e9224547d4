package org.coffer.server.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.store.ServerNote;

/**
 * The web server: the JSON API and the pages over one {@link Coffer}, every route behind the access guard. While
 * it runs it leaves a note of its port beside the database, so that a command line that finds the database busy
 * can say where the server is.
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
        Sessions sessions = new Sessions(coffer.clock());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(Json.mapper());
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/org/coffer/server/web/assets", Location.CLASSPATH);
            config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_UPLOAD_KB, SizeUnit.KB);
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB, SizeUnit.MB);
            RouteTable routes = new RouteTable(config.routes, new AccessGuard(sessions, coffer.users()));
            config.routes.before(SecurityHeaders::add);
            config.routes.exception(CofferException.class, (e, ctx) -> ErrorResponses.handle(e, ctx, pages));
            config.routes.exception(Exception.class, (e, ctx) -> ErrorResponses.unexpected(e, ctx, pages));
            new LoginRoutes(coffer.users(), sessions, pages).register(routes);
            new ApiRoutes(coffer).register(routes);
            new PageRoutes(coffer, pages).register(routes);
            new AuditRoutes(coffer, pages).register(routes);
            new EnquiryRoutes(coffer, pages).register(routes);
            new ReportRoutes(coffer, pages).register(routes);
            new ExportRoutes(coffer, pages).register(routes);
            new ReferenceRoutes(coffer, pages).register(routes);
            new SettingsRoutes(coffer, pages).register(routes);
            new SettingsApiRoutes(coffer).register(routes);
            new SuspenseRoutes(coffer, pages).register(routes);
            new SuspenseApiRoutes(coffer).register(routes);
            new ReconciliationRoutes(coffer, pages).register(routes);
            new PreviewRoutes(coffer, pages, new PendingUploads(coffer.config().databaseFile(), coffer.clock()))
                    .register(routes);
        });
        app.start(coffer.config().host(), coffer.config().port());
        ServerNote.write(coffer.config().databaseFile(), app.port());
        return new WebServer(coffer, app);
    }

    public int port() {
        return app.port();
    }

    /** Every route the server answers, as {@code METHOD path}: what the access tests walk. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path).toList();
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
