package org.coffer.server.web;

/** The sign-in form: where to go afterwards, the form's own token, and why the last attempt failed, if it did. */
public record LoginPage(String next, String formToken, String name, String problem) {
}
