package org.coffer.server.web;

import io.javalin.http.Context;
import java.util.List;
import org.coffer.server.CofferException;

/** Reads a request's JSON body, refusing one that is not JSON of the expected shape with an example of it. */
final class JsonBody {

    private JsonBody() {
    }

    static <T> T read(Context ctx, Class<T> type, String example) {
        try {
            T body = ctx.bodyAsClass(type);
            if (body == null) {
                throw new IllegalArgumentException("empty body");
            }
            return body;
        } catch (RuntimeException e) {
            throw new CofferException(WebErrorCode.WEB_BAD_PARAMETER, "the request body must be JSON such as "
                    + example, List.of(), e);
        }
    }
}
