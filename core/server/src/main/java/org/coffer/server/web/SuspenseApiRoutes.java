package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coffer.server.Coffer;
import org.coffer.server.CofferException;
import org.coffer.server.income.DateRange;
import org.coffer.server.suspense.AllocationLine;
import org.coffer.server.suspense.PoundsText;
import org.coffer.server.suspense.SuspenseFigures;
import org.coffer.server.suspense.SuspenseQueue;
import org.coffer.server.suspense.Transfer;
import org.coffer.server.users.Role;

/**
 * The suspense queue as JSON: read it, work its items, transfer between funds and undo. Amounts sent are pounds as
 * text ({@code "60.00"}); amounts returned are pence.
 */
final class SuspenseApiRoutes {

    private final Coffer coffer;

    SuspenseApiRoutes(Coffer coffer) {
        this.coffer = coffer;
    }

    void register(RouteTable routes) {
        Access viewers = Access.atLeastOverEveryFund(Role.VIEWER);
        Access officers = Access.atLeastOverEveryFund(Role.INCOME_OFFICER);
        routes.get("/api/suspense", viewers, this::queue);
        routes.get("/api/suspense/figures", viewers, this::figures);
        routes.get("/api/suspense/{id}", viewers, ctx -> ctx.json(coffer.suspense().queue()
                .story(SuspenseParameters.id(ctx, "id")).orElseThrow(() -> notFound(ctx))));
        routes.post("/api/suspense/{id}/lock", officers, ctx -> ctx.json(Map.of("lockedUntil",
                coffer.suspense().lock(SuspenseParameters.id(ctx, "id"), actor(ctx)).toString())));
        routes.post("/api/suspense/{id}/unlock", officers, ctx -> {
            coffer.suspense().unlock(SuspenseParameters.id(ctx, "id"), actor(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        });
        routes.post("/api/suspense/{id}/notes", officers, ctx -> {
            coffer.suspense().note(SuspenseParameters.id(ctx, "id"), actor(ctx), JsonBody.read(ctx,
                    NoteRequest.class, "{\"note\": \"rang the payer\"}").note());
            ctx.status(HttpStatus.CREATED);
        });
        routes.post("/api/suspense/{id}/allocate", officers, this::allocate);
        routes.post("/api/suspense/{id}/split", officers, this::split);
        routes.post("/api/suspense/{id}/return", officers, ctx -> acted(ctx, coffer.suspense().markForReturn(
                SuspenseParameters.id(ctx, "id"), actor(ctx), JsonBody.read(ctx, ReturnRequest.class,
                        "{\"reason\": \"paid twice\"}").reason())));
        routes.post("/api/suspense/actions/{action}/undo", officers, ctx -> acted(ctx, coffer.suspense().undo(
                SuspenseParameters.id(ctx, "action"), actor(ctx))));
        routes.post("/api/suspense/transfers", officers, this::transfer);
    }

    private void queue(Context ctx) {
        SuspenseQueue.QueuePage page = coffer.suspense().queue().page(SuspenseParameters.filter(ctx));
        ctx.json(Map.of("total", page.total(), "page", page.filter().page(), "pages", page.pages(),
                "items", page.items()));
    }

    private void allocate(Context ctx) {
        AllocateRequest request = JsonBody.read(ctx, AllocateRequest.class,
                "{\"fund\": \"CTAX\", \"accountReference\": \"499008590\"}");
        acted(ctx, coffer.suspense().allocate(SuspenseParameters.id(ctx, "id"), actor(ctx), text(request.fund()),
                text(request.accountReference())));
    }

    private void split(Context ctx) {
        SplitRequest request = JsonBody.read(ctx, SplitRequest.class, "{\"lines\": [{\"fund\": \"CTAX\", "
                + "\"accountReference\": \"499008590\", \"amount\": \"60.00\"}, ...]}");
        acted(ctx, coffer.suspense().split(SuspenseParameters.id(ctx, "id"), actor(ctx),
                lines(request.lines() == null ? List.of() : request.lines(), "line")));
    }

    private void transfer(Context ctx) {
        TransferRequest request = JsonBody.read(ctx, TransferRequest.class, "{\"sources\": [{\"receipt\": 12, "
                + "\"fund\": \"CTAX\", \"accountReference\": \"499008590\", \"amount\": \"50.00\"}], \"targets\": "
                + "[{\"fund\": \"NNDR\", \"accountReference\": \"792747736\", \"amount\": \"50.00\"}], "
                + "\"reason\": \"paid to the wrong fund\"}");
        List<SourceRequest> sourceRequests = request.sources() == null ? List.of() : request.sources();
        List<Transfer.Source> sources = new ArrayList<>();
        for (int i = 0; i < sourceRequests.size(); i++) {
            SourceRequest source = sourceRequests.get(i);
            sources.add(new Transfer.Source(source.receipt(), new AllocationLine(text(source.fund()),
                    text(source.accountReference()), PoundsText.pence(source.amount(), "source " + (i + 1)))));
        }
        acted(ctx, coffer.transfers().transfer(new Transfer(sources, lines(request.targets() == null ? List.of()
                : request.targets(), "target"), text(request.reason())), actor(ctx)));
    }

    private static List<AllocationLine> lines(List<LineRequest> requests, String label) {
        List<AllocationLine> lines = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            LineRequest line = requests.get(i);
            lines.add(new AllocationLine(text(line.fund()), text(line.accountReference()),
                    PoundsText.pence(line.amount(), label + " " + (i + 1))));
        }
        return lines;
    }

    private static void acted(Context ctx, long action) {
        ctx.status(HttpStatus.CREATED).json(Map.of("action", action));
    }

    /** The queue's figures; cleared per person per day from {@code from} to {@code to}, by default the last 14 days. */
    private void figures(Context ctx) {
        LocalDate today = LocalDate.now(coffer.clock());
        var range = DateParameters.range(ctx, new DateRange(today.minusDays(13), today));
        SuspenseFigures figures = coffer.suspenseFigures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currency", figures.currency());
        json.put("openByAge", figures.openByAge().stream().map(band -> Map.of("band", band.band().key(),
                "items", band.items(), "pence", band.pence())).toList());
        SuspenseFigures.TimeToClear time = figures.timeToClear();
        json.put("timeToClear", Map.of("cleared", time.cleared(), "averageSeconds", time.average().toSeconds(),
                "medianSeconds", time.median().toSeconds()));
        json.put("clearedPerPersonPerDay", figures.clearedPerPersonPerDay(range.from(), range.to()));
        ctx.json(json);
    }

    private static String actor(Context ctx) {
        return AccessGuard.principal(ctx).actor();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static CofferException notFound(Context ctx) {
        return new CofferException(WebErrorCode.WEB_NOT_FOUND, "there is no suspense item " + ctx.pathParam("id"));
    }

    record NoteRequest(String note) {
    }

    record ReturnRequest(String reason) {
    }

    record AllocateRequest(String fund, String accountReference) {
    }

    record LineRequest(String fund, String accountReference, String amount) {
    }

    record SplitRequest(List<LineRequest> lines) {
    }

    record SourceRequest(long receipt, String fund, String accountReference, String amount) {
    }

    record TransferRequest(List<SourceRequest> sources, List<LineRequest> targets, String reason) {
    }
}
