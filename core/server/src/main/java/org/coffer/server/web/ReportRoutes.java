package org.coffer.server.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.reports.CsvReportWriter;
import org.coffer.server.reports.PackPdfWriter;
import org.coffer.server.reports.PackResult;
import org.coffer.server.reports.PackXlsxWriter;
import org.coffer.server.reports.ReportErrorCode;
import org.coffer.server.reports.PdfReportWriter;
import org.coffer.server.reports.ReportResult;
import org.coffer.server.reports.XlsxReportWriter;
import org.coffer.server.users.Role;

/** Reports in the browser and the API: the catalogue, a parameter form with a preview, and downloads. */
final class ReportRoutes {

    /** Rows shown in the browser before downloading the whole report. */
    static final int PREVIEW_ROWS = 50;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Coffer coffer;
    private final Pages pages;

    ReportRoutes(Coffer coffer, Pages pages) {
        this.coffer = coffer;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        // Reports span every fund, so a person restricted to some funds does not run them.
        Access readers = Access.atLeastOverEveryFund(Role.VIEWER);
        routes.get("/reports", readers, ctx -> ctx.html(pages.render(ctx, "reports",
                ReportsPage.of(coffer.reports().catalogue().list(), coffer.reports().catalogue().packs()))));
        routes.get("/reports/{id}", readers, this::preview);
        routes.get("/reports/{id}/export.xlsx", readers, this::xlsx);
        routes.get("/reports/{id}/export.csv", readers, this::csv);
        routes.get("/reports/{id}/export.pdf", readers, this::pdf);
        routes.get("/api/reports", readers, ctx -> ctx.json(coffer.reports().catalogue().list()));
        routes.get("/api/report-packs", readers, ctx -> ctx.json(coffer.reports().catalogue().packs()));
    }

    private void preview(Context ctx) {
        if (isPack(ctx)) {
            ctx.html(pages.render(ctx, "pack", PackPage.of(runPack(ctx))));
            return;
        }
        ReportResult result = run(ctx);
        ctx.html(pages.render(ctx, "report", ReportPage.of(result, result.firstRows(PREVIEW_ROWS), PREVIEW_ROWS,
                ctx.queryString())));
    }

    private void xlsx(Context ctx) throws Exception {
        if (isPack(ctx)) {
            PackResult pack = runPack(ctx);
            attachment(ctx, pack.pack().id() + "-" + pack.from() + "-to-" + pack.to(), "xlsx", XLSX);
            new PackXlsxWriter().write(pack, ctx.outputStream());
            return;
        }
        ReportResult result = run(ctx);
        attachment(ctx, result, "xlsx", XLSX);
        new XlsxReportWriter().write(result, ctx.outputStream());
    }

    private void pdf(Context ctx) throws Exception {
        if (isPack(ctx)) {
            PackResult pack = runPack(ctx);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new PackPdfWriter().write(pack, pdf);
            attachment(ctx, pack.pack().id() + "-" + pack.from() + "-to-" + pack.to(), "pdf", "application/pdf");
            pdf.writeTo(ctx.outputStream());
            return;
        }
        ReportResult result = run(ctx);
        // Laid out in memory first, so that a report too long for a PDF is an error page, not a broken download.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReportWriter().write(result, pdf);
        attachment(ctx, result, "pdf", "application/pdf");
        pdf.writeTo(ctx.outputStream());
    }

    private void csv(Context ctx) throws Exception {
        if (isPack(ctx)) {
            throw new CofferException(ReportErrorCode.REPORT_BAD_PARAMETER, "the pack " + ctx.pathParam("id")
                    + " comes as .xlsx or .pdf, not .csv: a CSV file holds one table; download its reports one by "
                    + "one for CSV");
        }
        ReportResult result = run(ctx);
        attachment(ctx, result, "csv", "text/csv; charset=utf-8");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            new CsvReportWriter().write(result, out);
        }
    }

    /** Runs the report with the parameters given in the query; the runner checks them before any row is read. */
    private ReportResult run(Context ctx) {
        return coffer.reports().run(ctx.pathParam("id"), parameters(ctx));
    }

    private boolean isPack(Context ctx) {
        return coffer.reports().catalogue().pack(ctx.pathParam("id")).isPresent();
    }

    private PackResult runPack(Context ctx) {
        return coffer.reports().runPack(ctx.pathParam("id"), parameters(ctx));
    }

    private static Map<String, String> parameters(Context ctx) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty() && !values.get(0).isBlank()) {
                parameters.put(name, values.get(0).strip());
            }
        });
        return parameters;
    }

    private static void attachment(Context ctx, ReportResult result, String extension, String contentType) {
        attachment(ctx, result.report().id() + "-" + result.producedAt().toLocalDate(), extension, contentType);
    }

    private static void attachment(Context ctx, String name, String extension, String contentType) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"");
    }
}
