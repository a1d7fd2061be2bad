package org.parley.entity.common.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Map;

/** A native SQL statement with its named parameters: run by a repository, or explained by a test. */
public record NativeSql(String text, Map<String, Object> params) {

    /** The statement as a Hibernate native query with its parameters bound. */
    public Query query(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery(text);
        params.forEach(query::setParameter);
        return query;
    }
}
