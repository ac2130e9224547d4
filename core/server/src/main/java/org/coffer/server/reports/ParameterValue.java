package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

/**
 * A parameter as one run used it.
 *
 * @param parameter the parameter
 * @param text the value in the form it can be given again ({@code 2025-06}, {@code all})
 * @param description the value as a person reads it in the report ({@code June 2025, period 3 of 2025/26})
 */
public record ParameterValue(ReportParameter parameter, String text, String description) {

    public ParameterValue {
        requireNonNull(parameter, "parameter is null");
        requireNonNull(text, "text is null");
        requireNonNull(description, "description is null");
    }
}
