package org.coffer.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.coffer.server.CofferException;
import org.coffer.server.imports.ImportOutcome;
import org.coffer.server.imports.ImportRequest;
import org.coffer.server.imports.ImportService;
import org.coffer.server.users.Principal;
import org.coffer.server.users.Role;

/**
 * Imports an uploaded file: streamed to a temporary file (never held in memory), imported under the name the person
 * gave it, then deleted.
 */
final class Uploads {

    static final String FILE_FIELD = "file";

    private Uploads() {
    }

    /** Imports the upload as the signed-in principal; only an administrator may accept disagreeing balances. */
    static ImportOutcome importUpload(Context ctx, ImportService imports) {
        Principal principal = AccessGuard.principal(ctx);
        UploadedFile upload = upload(ctx);
        Optional<String> reason = acceptReason(ctx, principal);
        Path temp = null;
        try (InputStream content = upload.content()) {
            temp = Files.createTempFile("coffer-upload-", ".part");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            return imports.importFile(new ImportRequest(temp, originalName(upload), format(ctx), principal.actor(),
                    reason));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file " + upload.filename(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The file sent in the form, which must be there. */
    static UploadedFile upload(Context ctx) {
        UploadedFile upload = ctx.uploadedFile(FILE_FIELD);
        if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
            throw new CofferException(WebErrorCode.WEB_MISSING_FILE,
                    "no file was chosen: choose the file to upload (a program sends it as the multipart field '"
                            + FILE_FIELD + "')");
        }
        return upload;
    }

    /** The name the person knows the file by, without the folders some browsers send with it. */
    static String originalName(UploadedFile upload) {
        return Path.of(upload.filename().replace('\\', '/')).getFileName().toString();
    }

    /** The format the person chose, or empty to recognise it. */
    static Optional<String> format(Context ctx) {
        return Optional.ofNullable(ctx.formParam("as")).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The reason to accept disagreeing balances, which only an administrator may give. */
    static Optional<String> acceptReason(Context ctx, Principal principal) {
        Optional<String> reason = Optional.ofNullable(ctx.formParam("acceptReason")).filter(r -> !r.isBlank());
        if (reason.isPresent() && !principal.role().includes(Role.ADMINISTRATOR)) {
            throw new CofferException(AccessErrorCode.ACCESS_FORBIDDEN,
                    "only an administrator may import a statement whose balances disagree");
        }
        return reason;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temporary file left behind is harmless; the import's outcome matters more
            }
        }
    }
}
