package org.parley.entity.common.repository;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

/** Runs a series of native write statements that share named parameters. */
public final class Statements {

    private Statements() {
    }

    /** Runs each statement in order, binding the parameters it names. */
    public static void run(EntityManager entityManager, Map<String, Object> parameters, List<String> statements) {
        for (String sql : statements) {
            var query = entityManager.createNativeQuery(sql);
            parameters.forEach((name, value) -> {
                if (sql.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            query.executeUpdate();
        }
    }
}
