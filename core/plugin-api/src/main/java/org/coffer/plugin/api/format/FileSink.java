package org.coffer.plugin.api.format;

import org.coffer.plugin.api.Problem;

/**
 * Where a format hands what it reads, in file order: each statement (or batch) is opened, its lines follow, and it
 * is closed with the control figures the file gives for it. Implemented by the application.
 */
public interface FileSink {

    void startStatement(StatementStart statement);

    void line(StatementLine line);

    /** Closes the open statement with the file's own figures, which the application checks against the lines. */
    void endStatement(ControlFigures figures);

    /** A notice with no money in it, from an advice file; it belongs to no statement. */
    void advice(Advice advice);

    /** Reports a problem and lets the format go on reading, so that the person sees every problem at once. */
    void problem(Problem problem);
}
