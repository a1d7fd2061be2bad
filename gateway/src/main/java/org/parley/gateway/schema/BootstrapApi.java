package org.parley.gateway.schema;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/**
 * SmallRye GraphQL only starts its endpoint when an annotated API has an operation; this one exists for that
 * reason alone and is replaced, with the rest of the annotation-built schema, by {@link SchemaInstaller}.
 */
@GraphQLApi
public class BootstrapApi {

    /** Never served: the contract's Query type replaces it. */
    @Query("gatewayBootstrap")
    public String gatewayBootstrap() {
        return "replaced";
    }
}
