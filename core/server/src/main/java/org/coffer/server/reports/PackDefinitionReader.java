package org.coffer.server.reports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.coffer.server.CofferException;
import org.w3c.dom.Element;

/**
 * Reads one pack definition ({@code reports/packs/*.xml}), as safely as a report definition, naming the file and the
 * element in every mistake:
 * <pre>{@code
 * <pack id="committee-pack">
 *   <title>Committee pack</title>
 *   <description>What it is for.</description>
 *   <section report="value-for-money">
 *     <figure label="Cost of collection" column="cost">
 *       <where column="month" equals="Whole period"/>
 *     </figure>
 *   </section>
 * </pack>
 * }</pre>
 */
final class PackDefinitionReader {

    private PackDefinitionReader() {
    }

    static Pack read(InputStream in, String origin) {
        Element root = ReportDefinitionReader.parse(in, origin).getDocumentElement();
        if (!root.getTagName().equals("pack")) {
            throw bad(origin, root.getTagName(), "expected the root element <pack>");
        }
        String title = null;
        String description = null;
        List<Pack.Section> sections = new ArrayList<>();
        for (Element child : ReportDefinitionReader.children(root)) {
            String path = "pack/" + child.getTagName();
            switch (child.getTagName()) {
                case "title" -> title = child.getTextContent().strip();
                case "description" -> description = child.getTextContent().strip().replaceAll("\\s+", " ");
                case "section" -> sections.add(section(child, origin, path + "[" + (sections.size() + 1) + "]"));
                default -> throw bad(origin, path, "unknown element; expected title, description or section");
            }
        }
        if (title == null || title.isEmpty()) {
            throw bad(origin, "pack/title", "missing or empty; every pack needs one");
        }
        try {
            return new Pack(attribute(root, "id", origin, "pack"), title, description == null ? "" : description,
                    sections, origin);
        } catch (IllegalArgumentException e) {
            throw bad(origin, "pack", e.getMessage());
        }
    }

    private static Pack.Section section(Element section, String origin, String path) {
        List<Pack.Figure> figures = new ArrayList<>();
        for (Element figure : ReportDefinitionReader.children(section)) {
            String at = path + "/figure[" + (figures.size() + 1) + "]";
            if (!figure.getTagName().equals("figure")) {
                throw bad(origin, at, "expected <figure>, found <" + figure.getTagName() + ">");
            }
            List<Pack.Match> matches = new ArrayList<>();
            for (Element where : ReportDefinitionReader.children(figure)) {
                if (!where.getTagName().equals("where")) {
                    throw bad(origin, at, "expected <where>, found <" + where.getTagName() + ">");
                }
                matches.add(new Pack.Match(attribute(where, "column", origin, at + "/where"),
                        where.getAttribute("equals")));
            }
            figures.add(new Pack.Figure(attribute(figure, "label", origin, at), attribute(figure, "column", origin,
                    at), matches));
        }
        return new Pack.Section(attribute(section, "report", origin, path), figures);
    }

    private static String attribute(Element e, String name, String origin, String path) {
        String value = e.getAttribute(name).strip();
        if (value.isEmpty()) {
            throw bad(origin, path, "the attribute " + name + " is missing or empty");
        }
        return value;
    }

    static CofferException bad(String origin, String where, String what) {
        return new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION,
                "the pack definition " + origin + " is wrong at " + where + ": " + what);
    }
}
