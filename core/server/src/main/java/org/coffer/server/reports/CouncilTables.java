package org.coffer.server.reports;

import java.util.List;
import org.coffer.server.config.Settler;
import org.coffer.server.config.UnitCost;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Council settings that report SQL reads as tables, made afresh as temporary tables on the connection of each run:
 * {@code unit_costs (channel, contact, unit_cost_pence, source)}, the cost of collecting one payment by each channel,
 * and {@code settlers (settler, name, detail_format, detail_account)}, the settlers of {@code settlers.csv} with the
 * format and account of their detail batches (empty when no detail is imported).
 */
final class CouncilTables {

    private final List<UnitCost> unitCosts;
    private final List<Settler> settlers;

    CouncilTables(List<UnitCost> unitCosts, List<Settler> settlers) {
        this.unitCosts = List.copyOf(unitCosts);
        this.settlers = List.copyOf(settlers);
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
        handle.execute("CREATE OR REPLACE TEMP TABLE settlers (settler VARCHAR, name VARCHAR, detail_format VARCHAR, "
                + "detail_account VARCHAR)");
        if (!settlers.isEmpty()) {
            PreparedBatch rows = handle.prepareBatch("INSERT INTO settlers VALUES (:id, :name, :format, :account)");
            for (Settler settler : settlers) {
                rows.bind("id", settler.id()).bind("name", settler.name()).bind("format", settler.detailFormat())
                        .bind("account", settler.detailAccount()).add();
            }
            rows.execute();
        }
    }
}
