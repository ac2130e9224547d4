package org.coffer.sampledata;

import java.time.LocalDate;

/** One statement to write: its booking day and how many lines it holds. */
record StatementDay(LocalDate date, int lines) {
}
