package org.coffer.server.audit;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.coffer.server.store.Database;
import org.jdbi.v3.core.statement.Query;

/** Reads the audit log for people: filtered, newest first. */
public final class AuditQueries {

    static final String COLUMNS = "seq, logged_at, actor, action, subject, before, after, prev_hash, hash";

    private final Database database;

    public AuditQueries(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    public List<AuditEntry> find(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (!filter.actor().isEmpty()) {
            conditions.add("actor = :actor");
        }
        if (!filter.actionPrefix().isEmpty()) {
            conditions.add("starts_with(action, :prefix)");
        }
        filter.from().ifPresent(day -> conditions.add("logged_at >= :from"));
        filter.to().ifPresent(day -> conditions.add("logged_at < :until"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return database.jdbi().withHandle(handle -> {
            Query query = handle.createQuery("SELECT " + COLUMNS + " FROM audit_log" + where
                    + " ORDER BY seq DESC LIMIT :limit");
            query.bind("limit", filter.limit());
            if (!filter.actor().isEmpty()) {
                query.bind("actor", filter.actor());
            }
            if (!filter.actionPrefix().isEmpty()) {
                query.bind("prefix", filter.actionPrefix());
            }
            filter.from().ifPresent(day -> query.bind("from", day.atStartOfDay(filter.zone()).toInstant()));
            filter.to().ifPresent(day -> query.bind("until", day.plusDays(1).atStartOfDay(filter.zone()).toInstant()));
            return query.map((rs, ctx) -> entry(rs)).list();
        });
    }

    /** Reads one row selected as {@link #COLUMNS}; the stored timestamp is UTC. */
    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9));
    }
}
