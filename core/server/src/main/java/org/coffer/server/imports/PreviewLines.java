package org.coffer.server.imports;

import java.util.ArrayList;
import java.util.List;
import org.coffer.plugin.api.format.LineKind;
import org.coffer.plugin.api.format.StatementLine;
import org.coffer.server.allocation.Allocation;

/** Keeps the first lines of a file for its preview and lets the rest go by: a preview stores nothing. */
final class PreviewLines implements ReceiptStore {

    private final int limit;
    private final List<PreviewLine> lines = new ArrayList<>();

    PreviewLines(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(long statementId, String bankAccount, StatementLine line, LineKind kind, Allocation allocation) {
        if (lines.size() < limit) {
            lines.add(new PreviewLine(line.location().toString(), line.valueDate(), line.signedPence(),
                    line.amount().currency(), kind.name(), line.channel().name(), line.reference(),
                    line.counterparty().isEmpty() ? line.narrative() : line.counterparty(),
                    allocation == null ? "" : allocation.fundCode(), allocation == null ? "" : allocation.reason()));
        }
    }

    List<PreviewLine> lines() {
        return List.copyOf(lines);
    }
}
