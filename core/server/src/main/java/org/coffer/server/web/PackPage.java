package org.coffer.server.web;

import java.util.List;
import org.coffer.server.reports.PackFigure;
import org.coffer.server.reports.PackResult;

/** A pack for a period: the form to change the period, its headline figures, and the links to download it. */
public record PackPage(String id, String title, String description, String from, String to, String period,
        List<Section> sections, String query) {

    /** One section of the pack and its headline figures. */
    public record Section(String title, List<Figure> figures) {
    }

    /** A headline figure as people read it. */
    public record Figure(String label, String value) {
    }

    static PackPage of(PackResult pack) {
        List<Section> sections = pack.sections().stream().map(section -> new Section(
                section.result().report().title(), section.figures().stream()
                        .map(figure -> new Figure(figure.label(), figure.text())).toList())).toList();
        return new PackPage(pack.pack().id(), pack.pack().title(), pack.pack().description(),
                pack.from().toString(), pack.to().toString(), pack.periodText(), sections,
                "?from=" + pack.from() + "&to=" + pack.to());
    }
}
