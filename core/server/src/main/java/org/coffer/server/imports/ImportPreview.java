package org.coffer.server.imports;

import java.util.List;

/**
 * What importing a file would store, found without storing anything: the format recognised, each statement with
 * the file's own figures, the first lines, and every problem that would refuse it.
 *
 * @param acceptable whether the only problems are the file's own figures disagreeing, which an administrator may
 *     accept with a reason
 */
public record ImportPreview(String fileName, String formatId, String formatName, List<StatementOutcome> statements,
        List<PreviewLine> firstLines, long lines, List<String> problems, boolean acceptable) {

    public ImportPreview {
        statements = List.copyOf(statements);
        firstLines = List.copyOf(firstLines);
        problems = List.copyOf(problems);
    }

    public boolean wouldImport() {
        return problems.isEmpty();
    }
}
