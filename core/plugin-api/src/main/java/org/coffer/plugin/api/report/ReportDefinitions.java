package org.coffer.plugin.api.report;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Reports a plugin adds to Coffer's catalogue, beside the reports Coffer ships and the council's own: a payment
 * provider's plugin can offer a report on what its files carry, say. Each runs, downloads and prints exactly as a
 * shipped report does. Coffer reads them once, when it starts; a definition Coffer cannot read, or whose id another
 * report already has, stops Coffer starting with a message naming the plugin and the definition, as a council's own
 * definition would.
 *
 * <p>A definition's SQL reads Coffer's store: the tables its migrations create, which change only by new migrations,
 * so a plugin that reports should be tested against the Coffer it supports. Only the shipped PDF templates
 * ({@code table-portrait}, {@code table-landscape}) may be named.
 */
public interface ReportDefinitions extends ExtensionPoint {

    /** The definitions, in the order they are listed after the shipped reports. */
    List<ReportDefinition> definitions();
}
