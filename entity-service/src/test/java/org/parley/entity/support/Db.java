package org.parley.entity.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.parley.entity.common.repository.NativeSql;

import java.util.List;

/** Read-only SQL for assertions on what the service stored. */
@ApplicationScoped
public class Db {

    @Inject
    EntityManager entityManager;

    @Transactional
    public long count(String sql, Object... params) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Runs a write statement (benchmark fixtures); returns the rows it changed. */
    @Transactional
    public int execute(String sql, Object... params) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.executeUpdate();
    }

    /** The plan of a repository's statement: {@code EXPLAIN (options) statement}, one line per row. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> explain(String options, NativeSql statement) {
        return new NativeSql("EXPLAIN (" + options + ") " + statement.text(), statement.params())
                .query(entityManager).getResultList();
    }

    /** {@link #explain} with sequential scans disabled in this transaction: whether an index can serve it. */
    @Transactional
    public List<String> explainWithoutSeqScans(String options, NativeSql statement) {
        entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
        return explain(options, statement);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object> column(String sql, Object... params) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }
}
