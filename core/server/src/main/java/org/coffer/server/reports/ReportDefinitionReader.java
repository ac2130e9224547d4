package org.coffer.server.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.coffer.server.CofferException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one report definition ({@code reports/*.xml}). Definitions may come from a council's folder, so the parser
 * refuses DTDs and external entities, and every mistake names the file and the element.
 */
final class ReportDefinitionReader {

    private static final Set<String> REPORT_ELEMENTS = Set.of("title", "description", "source", "parameters",
            "columns", "charts", "sql", "template");

    private static final Set<String> CHART_ATTRIBUTES = Set.of("type", "title", "category", "series", "value",
            "rows");

    private ReportDefinitionReader() {
    }

    static Report read(InputStream in, String origin) {
        Element root = parse(in, origin).getDocumentElement();
        if (!root.getTagName().equals("report")) {
            throw bad(origin, root.getTagName(), "expected the root element <report>");
        }
        for (Element child : children(root)) {
            if (!REPORT_ELEMENTS.contains(child.getTagName())) {
                throw bad(origin, "report/" + child.getTagName(), "unknown element; expected one of "
                        + String.join(", ", REPORT_ELEMENTS.stream().sorted().toList()));
            }
        }
        try {
            List<ReportColumn> columns = list(root, "columns", "column", origin, ReportDefinitionReader::column);
            List<ReportChart> charts = list(root, "charts", "chart", origin,
                    (e, o, path) -> chart(e, o, path, columns));
            if (charts.size() > Report.MAX_CHARTS) {
                throw bad(origin, "report/charts", "there are " + charts.size() + " charts; a report has "
                        + Report.MAX_CHARTS + " at most, as many as the first page of its PDF holds");
            }
            // Without a <template>, the generic table that suits the number of columns.
            boolean named = children(root).stream().anyMatch(e -> e.getTagName().equals("template"));
            String template = named ? text(root, "template", origin)
                    : columns.size() <= Report.PORTRAIT_COLUMNS ? PdfTemplates.PORTRAIT : PdfTemplates.LANDSCAPE;
            return new Report(attribute(root, "id", origin, "report"), text(root, "title", origin),
                    text(root, "description", origin), text(root, "source", origin),
                    list(root, "parameters", "parameter", origin, ReportDefinitionReader::parameter), columns,
                    text(root, "sql", origin), origin, template, charts);
        } catch (IllegalArgumentException e) {
            throw bad(origin, "report", e.getMessage());
        }
    }

    private static ReportParameter parameter(Element e, String origin, String path) {
        String type = attribute(e, "type", origin, path);
        return new ReportParameter(attribute(e, "name", origin, path),
                ParameterType.bySpelling(type).orElseThrow(() -> bad(origin, path, "type '" + type
                        + "' is not one of " + spellings(ParameterType.values(), ParameterType::spelling))),
                attribute(e, "label", origin, path), attribute(e, "default", origin, path));
    }

    private static ReportColumn column(Element e, String origin, String path) {
        String type = attribute(e, "type", origin, path);
        String total = e.getAttribute("total");
        if (!total.isEmpty() && !total.equals("true") && !total.equals("false")) {
            throw bad(origin, path, "total must be true or false, was '" + total + "'");
        }
        return new ReportColumn(attribute(e, "name", origin, path), attribute(e, "heading", origin, path),
                ColumnType.bySpelling(type).orElseThrow(() -> bad(origin, path, "type '" + type
                        + "' is not one of " + spellings(ColumnType.values(), ColumnType::spelling))),
                total.equals("true"));
    }

    private static ReportChart chart(Element e, String origin, String path, List<ReportColumn> columns) {
        String type = attribute(e, "type", origin, path);
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            String name = e.getAttributes().item(i).getNodeName();
            if (!CHART_ATTRIBUTES.contains(name)) {
                throw bad(origin, path, "unknown attribute " + name + "; expected "
                        + String.join(", ", CHART_ATTRIBUTES.stream().sorted().toList()));
            }
        }
        String rows = e.getAttribute("rows").strip();
        ReportChart chart = new ReportChart(ChartType.bySpelling(type).orElseThrow(() -> bad(origin, path, "type '"
                        + type + "' is not one of " + spellings(ChartType.values(), ChartType::spelling))),
                attribute(e, "title", origin, path), attribute(e, "category", origin, path),
                e.getAttribute("series").strip(),
                Arrays.stream(attribute(e, "value", origin, path).split(",")).map(String::strip).toList(),
                rows.isEmpty() ? List.of() : Arrays.stream(rows.split(";")).map(String::strip)
                        .map(ReportChart.Condition::parse).toList());
        chart.check(columns, Report.currencyColumn(columns));
        return chart;
    }

    private static <T> List<T> list(Element root, String container, String item, String origin, Item<T> reader) {
        List<T> items = new ArrayList<>();
        for (Element holder : children(root)) {
            if (holder.getTagName().equals(container)) {
                List<Element> elements = children(holder);
                for (int i = 0; i < elements.size(); i++) {
                    String path = "report/" + container + "/" + item + "[" + (i + 1) + "]";
                    if (!elements.get(i).getTagName().equals(item)) {
                        throw bad(origin, path, "expected <" + item + ">, found <" + elements.get(i).getTagName()
                                + ">");
                    }
                    try {
                        items.add(reader.read(elements.get(i), origin, path));
                    } catch (IllegalArgumentException e) {
                        throw bad(origin, path, e.getMessage());
                    }
                }
            }
        }
        return items;
    }

    private static String text(Element root, String name, String origin) {
        return children(root).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .map(e -> e.getTextContent().strip())
                .filter(text -> !text.isEmpty())
                .orElseThrow(() -> bad(origin, "report/" + name, "missing or empty; every report needs one"));
    }

    private static String attribute(Element e, String name, String origin, String path) {
        String value = e.getAttribute(name).strip();
        if (value.isEmpty()) {
            throw bad(origin, path, "the attribute " + name + " is missing or empty");
        }
        return value;
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    static Document parse(InputStream in, String origin) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXException e) {
            throw bad(origin, "the file", "not well-formed XML (a DOCTYPE is not allowed): " + e.getMessage());
        } catch (IOException e) {
            throw new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION, "cannot read the report definition "
                    + origin + ": " + e.getMessage(), List.of(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }

    private static <E> String spellings(E[] values, Function<E, String> spelling) {
        return String.join(", ", Arrays.stream(values).map(spelling).toList());
    }

    private static CofferException bad(String origin, String where, String what) {
        return new CofferException(ReportErrorCode.REPORT_BAD_DEFINITION,
                "the report definition " + origin + " is wrong at " + where + ": " + what);
    }

    @FunctionalInterface
    private interface Item<T> {
        T read(Element element, String origin, String path);
    }
}
