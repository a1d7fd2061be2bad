package org.parley.entity.common.rest;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.HibernateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * A statement or lock wait the database cut off at its timeout (docs/reliability.md#database-timeouts) answers 503
 * with {@code Retry-After}, so callers retry (ingest-service treats it as transient); any other database error is a
 * 500 whose body names no table, statement or host.
 */
public class DatabaseTimeoutMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseTimeoutMapper.class);
    /** query_canceled (statement_timeout), lock_not_available (lock_timeout), idle_in_transaction_session_timeout. */
    private static final Set<String> TIMEOUTS = Set.of("57014", "55P03", "25P03");

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        return answer(e);
    }

    @ServerExceptionMapper
    public Response hibernate(HibernateException e) {
        return answer(e);
    }

    static Response answer(RuntimeException e) {
        if (isTimeout(e)) {
            LOG.warnf("Database timeout: %s", e.toString());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "1")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "DATABASE_TIMEOUT",
                            "message", "The database did not answer in time (statement or lock timeout); try again"))
                    .build();
        }
        LOG.error("Database error", e);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "INTERNAL_ERROR", "message", "Internal error"))
                .build();
    }

    /** True when the database ended the statement for one of its timeouts. */
    public static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && TIMEOUTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
