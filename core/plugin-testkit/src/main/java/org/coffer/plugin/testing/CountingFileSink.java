package org.coffer.plugin.testing;

import org.coffer.plugin.api.Problem;
import org.coffer.plugin.api.format.Advice;
import org.coffer.plugin.api.format.ControlFigures;
import org.coffer.plugin.api.format.FileSink;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.plugin.api.format.StatementStart;

/** A sink that keeps only counts and totals, for reading large files without holding them. */
public final class CountingFileSink implements FileSink {

    private long statements;
    private long lines;
    private long creditPence;
    private long debitPence;
    private long problems;
    private long advices;

    @Override
    public void startStatement(StatementStart statement) {
        statements++;
    }

    @Override
    public void line(StatementLine line) {
        lines++;
        if (line.signedPence() >= 0) {
            creditPence += line.amount().pence();
        } else {
            debitPence += line.amount().pence();
        }
    }

    @Override
    public void endStatement(ControlFigures figures) {
    }

    @Override
    public void advice(Advice advice) {
        advices++;
    }

    @Override
    public void problem(Problem problem) {
        problems++;
    }

    public long statements() {
        return statements;
    }

    public long lines() {
        return lines;
    }

    public long creditPence() {
        return creditPence;
    }

    public long debitPence() {
        return debitPence;
    }

    public long advices() {
        return advices;
    }

    public long problems() {
        return problems;
    }
}
