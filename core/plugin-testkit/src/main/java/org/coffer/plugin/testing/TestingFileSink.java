package org.coffer.plugin.testing;

import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/**
 * A sink that keeps everything a format hands it, and checks that the format keeps to the order the contract sets:
 * lines only inside a statement, every statement closed.
 */
public final class TestingFileSink implements FileSink {

    /** One statement as read: its opening, lines and closing figures. */
    public record ReadStatement(StatementStart start, List<StatementLine> lines, ControlFigures figures) {
    }

    private final List<ReadStatement> statements = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Advice> advices = new ArrayList<>();
    private StatementStart open;
    private List<StatementLine> openLines;

    @Override
    public void startStatement(StatementStart statement) {
        if (open != null) {
            throw new AssertionError("statement " + statement + " started before " + open + " was ended");
        }
        open = statement;
        openLines = new ArrayList<>();
    }

    @Override
    public void line(StatementLine line) {
        if (open == null) {
            throw new AssertionError("line " + line + " handed over outside a statement");
        }
        openLines.add(line);
    }

    @Override
    public void endStatement(ControlFigures figures) {
        if (open == null) {
            throw new AssertionError("endStatement called with no statement open");
        }
        statements.add(new ReadStatement(open, List.copyOf(openLines), figures));
        open = null;
        openLines = null;
    }

    @Override
    public void advice(Advice advice) {
        if (open != null) {
            throw new AssertionError("advice " + advice + " handed over inside statement " + open);
        }
        advices.add(advice);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    public List<Advice> advices() {
        return List.copyOf(advices);
    }

    public List<ReadStatement> statements() {
        return List.copyOf(statements);
    }

    public List<StatementLine> lines() {
        return statements.stream().flatMap(s -> s.lines().stream()).toList();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether every statement that was started was also ended. */
    public boolean complete() {
        return open == null;
    }
}
