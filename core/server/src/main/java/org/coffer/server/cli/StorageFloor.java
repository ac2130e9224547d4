package org.coffer.server.cli;

import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
import org.coffer.server.store.Database;

/**
 * The least an import can cost: DuckDB storing the rows an import just stored, copied from table to table in one
 * transaction, with nothing read, parsed, allocated or staged. Timed in the same run as the import, so the gap
 * between the two is Coffer's own work, whatever the machine's load.
 */
final class StorageFloor {

    /** The CPU time of the whole process, DuckDB's own threads included: on a busy machine, steadier than wall time. */
    static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StorageFloor() {
    }

    /** Copies every receipt and posting into empty tables of the same shape, commits, and says how long it took. */
    static Copy measure(Database database) {
        database.jdbi().useHandle(handle -> {
            handle.execute("CREATE TABLE floor_receipts AS SELECT * FROM receipts LIMIT 0");
            handle.execute("CREATE TABLE floor_postings AS SELECT * FROM postings LIMIT 0");
        });
        long cpu = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        database.writeWith(handle -> {
            handle.execute("INSERT INTO floor_receipts SELECT * FROM receipts");
            handle.execute("INSERT INTO floor_postings SELECT * FROM postings");
        });
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (PROCESS.getProcessCpuTime() - cpu) / 1e9;
        long receipts = database.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM receipts")
                .mapTo(Long.class).one());
        database.jdbi().useHandle(handle -> {
            handle.execute("DROP TABLE floor_receipts");
            handle.execute("DROP TABLE floor_postings");
        });
        return new Copy(receipts, wall, cpuSeconds);
    }

    /** The receipts copied (with their postings), and the seconds taken: on the clock, and of CPU on all threads. */
    record Copy(long receipts, double wall, double cpu) {
    }
}
