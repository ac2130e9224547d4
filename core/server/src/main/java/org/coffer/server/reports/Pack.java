package org.coffer.server.reports;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Several reports run for one period and delivered together, as a committee paper holds them: a summary of headline
 * figures first, then each report in turn. Which reports, and which figures the summary takes, is data
 * ({@code reports/packs/*.xml}), so that a council can change it.
 *
 * @param id a stable id, {@code [a-z][a-z0-9-]*}, used on the command line and in addresses like a report's
 * @param title the title on every output
 * @param description what the pack is for, stated on its summary
 * @param sections the reports, in order
 * @param origin the file the definition was read from
 */
public record Pack(String id, String title, String description, List<Section> sections, String origin) {

    public Pack {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
        sections = List.copyOf(sections);
        requireNonNull(origin, "origin is null");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("pack id must be lower case letters, digits and -, was '" + id + "'");
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("pack " + id + " has no sections");
        }
    }

    /** One report of the pack and the figures the summary takes from it. */
    public record Section(String report, List<Figure> figures) {

        public Section {
            requireNonNull(report, "report is null");
            figures = List.copyOf(figures);
        }
    }

    /**
     * A headline figure: a column's value on the report's rows that match every condition (in GBP when the report
     * has a currency column). Money and counts are added up over the matching rows; a percentage or number is the
     * first matching row's.
     */
    public record Figure(String label, String column, List<Match> matches) {

        public Figure {
            requireNonNull(label, "label is null");
            requireNonNull(column, "column is null");
            matches = List.copyOf(matches);
        }
    }

    /** A condition on a row: the column holds exactly this text. */
    public record Match(String column, String equals) {

        public Match {
            requireNonNull(column, "column is null");
            requireNonNull(equals, "equals is null");
        }
    }
}
