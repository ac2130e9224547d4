package org.coffer.server.income;

import java.time.LocalDate;

/** Two dates, both included. */
public record DateRange(LocalDate from, LocalDate to) {
}
