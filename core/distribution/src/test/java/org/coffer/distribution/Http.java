package org.coffer.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client for a running Coffer, as a browser or another program would call it: it keeps cookies, follows no
 * redirects, and can sign in with a password or carry an API token.
 */
final class Http {

    private static final String BOUNDARY = "coffer-test-boundary-7d1f";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String token;
    private String csrf;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Calls the API as a program with this token from now on. */
    Http withToken(String secret) {
        this.token = secret;
        return this;
    }

    /** Signs in through the login form as a person would, and returns the answer to the form. */
    HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
        String formToken = csrfIn(get("/login").body()).orElseThrow();
        HttpResponse<String> answer = postForm("/login", Map.of("_csrf", formToken, "name", name,
                "password", password, "next", "/"));
        if (answer.statusCode() == 303) {
            csrf = csrfIn(get("/").body()).orElseThrow();
        }
        return answer;
    }

    /** The CSRF token of the signed-in session, as its pages carry it. */
    String csrf() {
        return csrf;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Gets a file to download, such as a report's workbook or PDF, as its bytes. */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a URL-encoded form, as a plain HTML form does. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a JSON body as a program or a page's script would, with the session's CSRF token when signed in. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file as a browser's upload form would, with the session's CSRF token when signed in. */
    HttpResponse<String> upload(String path, Path file, Map<String, String> fields)
            throws IOException, InterruptedException {
        ByteArrayOutputStream body = multipartFields(withCsrf(fields));
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.write(Files.readAllBytes(file));
        write(body, "\r\n");
        return postMultipart(path, body);
    }

    /** Posts an upload form with no file chosen. */
    HttpResponse<String> uploadNothing(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return postMultipart(path, multipartFields(withCsrf(fields)));
    }

    static Optional<String> csrfIn(String page) {
        Matcher matcher = CSRF_FIELD.matcher(page);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Map<String, String> withCsrf(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return all;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static ByteArrayOutputStream multipartFields(Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        return body;
    }

    private HttpResponse<String> postMultipart(String path, ByteArrayOutputStream body)
            throws IOException, InterruptedException {
        write(body, "--" + BOUNDARY + "--\r\n");
        return client.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
