package org.coffer.server.reports;

import java.util.List;
import org.coffer.server.config.UnitCost;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Council settings that report SQL reads as tables, made afresh as temporary tables on the connection of each run:
 * {@code unit_costs (channel, contact, unit_cost_pence, source)}, the cost of collecting one payment by each channel.
 */
final class CouncilTables {

    private final List<UnitCost> unitCosts;

    CouncilTables(List<UnitCost> unitCosts) {
        this.unitCosts = List.copyOf(unitCosts);
    }

    void create(Handle handle) {
        handle.execute("CREATE OR REPLACE TEMP TABLE unit_costs (channel VARCHAR, contact VARCHAR, "
                + "unit_cost_pence BIGINT, source VARCHAR)");
        PreparedBatch batch = handle.prepareBatch("INSERT INTO unit_costs VALUES (:channel, :contact, :pence, "
                + ":source)");
        for (UnitCost cost : unitCosts) {
            batch.bind("channel", cost.channel().name()).bind("contact", cost.contact()).bind("pence", cost.pence())
                    .bind("source", cost.source()).add();
        }
        batch.execute();
    }
}
