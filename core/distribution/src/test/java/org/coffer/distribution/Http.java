package org.coffer.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A plain HTTP client for a running Coffer, as any other program would call it. */
final class Http {

    private static final String BOUNDARY = "coffer-test-boundary-7d1f";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file as a browser's upload form would, with any further form fields. */
    HttpResponse<String> upload(String path, Path file, Map<String, String> fields)
            throws IOException, InterruptedException {
        ByteArrayOutputStream body = fields(fields);
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.write(Files.readAllBytes(file));
        write(body, "\r\n");
        return post(path, body);
    }

    /** Posts an upload form with no file chosen. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields(fields));
    }

    private static ByteArrayOutputStream fields(Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        return body;
    }

    private HttpResponse<String> post(String path, ByteArrayOutputStream body)
            throws IOException, InterruptedException {
        write(body, "--" + BOUNDARY + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
