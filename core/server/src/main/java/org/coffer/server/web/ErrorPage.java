package org.coffer.server.web;

import java.util.List;

/** What went wrong, for the error page. */
public record ErrorPage(int status, String message, List<String> details) {
}
