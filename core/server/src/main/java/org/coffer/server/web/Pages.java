package org.coffer.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Renders the jte page templates, compiled into the application at build time. */
final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String councilName;
    private final String frontendPath;

    Pages(String councilName) {
        this.councilName = councilName;
        this.frontendPath = "/webjars/govuk-frontend/" + frontendVersion() + "/dist/govuk";
    }

    /** A page for whoever the request comes from: the layout shows their name and only what they may use. */
    String render(Context ctx, String template, Object page) {
        Viewer viewer = AccessGuard.session(ctx)
                .map(session -> Viewer.of(session.principal(), session.csrfToken()))
                .orElse(Viewer.NOBODY);
        StringOutput output = new StringOutput();
        engine.render(template + ".jte",
                Map.of("council", councilName, "frontend", frontendPath, "viewer", viewer, "page", page), output);
        return output.toString();
    }

    String error(Context ctx, int status, String message, List<String> details) {
        return render(ctx, "error", new ErrorPage(status, message, details));
    }

    private static String frontendVersion() {
        Properties properties = new Properties();
        try (InputStream in = Pages.class.getResourceAsStream("frontend.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("frontend.properties is missing from the build", e);
        }
        return properties.getProperty("govuk.version");
    }
}
