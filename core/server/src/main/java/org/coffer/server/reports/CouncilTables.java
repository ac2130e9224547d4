package org.coffer.server.reports;

import java.util.List;
import org.coffer.server.config.Channels;
import org.coffer.server.config.CouncilChannel;
import org.coffer.server.config.Settler;
import org.coffer.server.config.UnitCost;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Council settings that report SQL reads as tables, made afresh as temporary tables on the connection of each run:
 * {@code unit_costs (channel, contact, unit_cost_pence, source)}, the cost of collecting one payment by each channel;
 * {@code settlers (settler, name, detail_format, detail_account)}, the settlers of {@code settlers.csv} with the
 * format and account of their detail batches (empty when no detail is imported); and
 * {@code channels (channel, name, contact, digital, enabled)}, every channel as the council names and counts it.
 */
final class CouncilTables {

    private final List<UnitCost> unitCosts;
    private final List<Settler> settlers;
    private final Channels channels;

    CouncilTables(List<UnitCost> unitCosts, List<Settler> settlers, Channels channels) {
        this.unitCosts = List.copyOf(unitCosts);
        this.settlers = List.copyOf(settlers);
        this.channels = channels;
    }

    void create(Handle handle) {
        createUnitCosts(handle);
        createSettlers(handle);
        createChannels(handle);
    }

    private void createUnitCosts(Handle handle) {
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

    private void createSettlers(Handle handle) {
        handle.execute("CREATE OR REPLACE TEMP TABLE settlers (settler VARCHAR, name VARCHAR, detail_format VARCHAR, "
                + "detail_account VARCHAR)");
        if (settlers.isEmpty()) {
            return;
        }
        PreparedBatch rows = handle.prepareBatch("INSERT INTO settlers VALUES (:id, :name, :format, :account)");
        for (Settler settler : settlers) {
            rows.bind("id", settler.id()).bind("name", settler.name()).bind("format", settler.detailFormat())
                    .bind("account", settler.detailAccount()).add();
        }
        rows.execute();
    }

    private void createChannels(Handle handle) {
        handle.execute("CREATE OR REPLACE TEMP TABLE channels (channel VARCHAR, name VARCHAR, contact VARCHAR, "
                + "digital BOOLEAN, enabled BOOLEAN)");
        PreparedBatch batch = handle.prepareBatch("INSERT INTO channels VALUES (:channel, :name, :contact, :digital, "
                + ":enabled)");
        for (CouncilChannel channel : channels.all()) {
            batch.bind("channel", channel.code().name()).bind("name", channel.name())
                    .bind("contact", channel.contact()).bind("digital", channel.digital())
                    .bind("enabled", channel.enabled()).add();
        }
        batch.execute();
    }
}
