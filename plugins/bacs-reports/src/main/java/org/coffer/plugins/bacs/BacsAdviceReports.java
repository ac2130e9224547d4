package org.coffer.plugins.bacs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coffer.plugin.api.report.ReportDefinition;
import org.coffer.plugin.api.report.ReportDefinitions;
import org.pf4j.Extension;

/** The report of the advices this plugin's files bring: mandate changes and lodgement results to work. */
@Extension
public final class BacsAdviceReports implements ReportDefinitions {

    static final String ADVICES = "bacs-advices.xml";

    @Override
    public List<ReportDefinition> definitions() {
        return List.of(new ReportDefinition(ADVICES, resource(ADVICES)));
    }

    private static String resource(String name) {
        try (InputStream in = BacsAdviceReports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
