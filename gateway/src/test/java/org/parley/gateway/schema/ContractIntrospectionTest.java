package org.parley.gateway.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.ws.rs.core.Response.Status;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.parley.gateway.testsupport.FakeSubgraphs;

/**
 * The live schema, read through introspection, holds every type, field (with its type), argument and enum value of
 * the client contract {@code shared/api/contract.graphql} under the same names. Extra names are allowed.
 */
@QuarkusTest
@QuarkusTestResource(FakeSubgraphs.class)
class ContractIntrospectionTest {

    private static final String INTROSPECTION = """
            query {
              __schema {
                types {
                  name kind
                  fields { name type { ...T } args { name type { ...T } } }
                  inputFields { name type { ...T } }
                  enumValues { name }
                }
              }
            }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;

    @Test
    void everyContractNameIsServed() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(contractText());
        Map<String, Map<String, Object>> live = liveTypes();
        List<String> missing = new ArrayList<>();
        for (TypeDefinition<?> type : contract.types().values()) {
            Map<String, Object> liveType = live.get(type.getName());
            if (liveType == null) {
                missing.add("type " + type.getName());
                continue;
            }
            if (type instanceof ObjectTypeDefinition object) {
                Map<String, Map<String, Object>> fields = byName(liveType.get("fields"));
                object.getFieldDefinitions().forEach(field -> {
                    Map<String, Object> liveField = fields.get(field.getName());
                    String where = type.getName() + "." + field.getName();
                    if (liveField == null) {
                        missing.add("field " + where);
                        return;
                    }
                    expectType(missing, where, AstPrinter.printAst(field.getType()), liveField.get("type"));
                    Map<String, Map<String, Object>> args = byName(liveField.get("args"));
                    field.getInputValueDefinitions().forEach(arg -> {
                        if (!args.containsKey(arg.getName())) {
                            missing.add("argument " + where + "(" + arg.getName() + ")");
                        } else {
                            expectType(missing, where + "(" + arg.getName() + ")", AstPrinter.printAst(arg.getType()),
                                    args.get(arg.getName()).get("type"));
                        }
                    });
                });
            } else if (type instanceof InputObjectTypeDefinition input) {
                Map<String, Map<String, Object>> fields = byName(liveType.get("inputFields"));
                input.getInputValueDefinitions().forEach(field -> {
                    if (!fields.containsKey(field.getName())) {
                        missing.add("input field " + type.getName() + "." + field.getName());
                    }
                });
            } else if (type instanceof EnumTypeDefinition enumType) {
                Map<String, Map<String, Object>> values = byName(liveType.get("enumValues"));
                enumType.getEnumValueDefinitions().forEach(value -> {
                    if (!values.containsKey(value.getName())) {
                        missing.add("enum value " + type.getName() + "." + value.getName());
                    }
                });
            } else if (type instanceof ScalarTypeDefinition) {
                if (!"SCALAR".equals(liveType.get("kind"))) {
                    missing.add("scalar " + type.getName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "Missing from the live schema: " + missing);
        assertTrue(live.keySet().containsAll(List.of("Date", "DateTime", "Query", "Mutation", "Subscription")));
    }

    @Test
    void theServedCopyMatchesTheSharedContract() throws IOException {
        Optional<Path> shared = sharedContract();
        if (shared.isPresent()) {
            assertEquals(Files.readString(shared.get()), ContractSchema.contractSdl(),
                    "gateway/src/main/resources/schema/contract.graphql must be a copy of " + shared.get());
        }
    }

    private static void expectType(List<String> missing, String where, String expected, Object liveType) {
        String actual = print(liveType);
        if (!expected.equals(actual)) {
            missing.add(where + " has type " + actual + ", contract says " + expected);
        }
    }

    @SuppressWarnings("unchecked")
    private static String print(Object type) {
        Map<String, Object> t = (Map<String, Object>) type;
        return switch (String.valueOf(t.get("kind"))) {
            case "NON_NULL" -> print(t.get("ofType")) + "!";
            case "LIST" -> "[" + print(t.get("ofType")) + "]";
            default -> String.valueOf(t.get("name"));
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byName(Object list) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> map = (Map<String, Object>) item;
                out.put(String.valueOf(map.get("name")), map);
            }
        }
        return out;
    }

    private static Map<String, Map<String, Object>> liveTypes() {
        JsonPath json = given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", INTROSPECTION))
            .when()
                .post("/graphql")
            .then()
                .statusCode(Status.OK.getStatusCode())
                .extract().jsonPath();
        Map<String, Map<String, Object>> types = byName(json.getList("data.__schema.types"));
        assertTrue(types.size() > 20, "introspection returned types: " + new TreeSet<>(types.keySet()));
        return types;
    }

    /** The shared contract if this checkout sits next to {@code shared/}, else the copy the gateway serves. */
    private static String contractText() throws IOException {
        Optional<Path> shared = sharedContract();
        return shared.isPresent() ? Files.readString(shared.get()) : ContractSchema.contractSdl();
    }

    private static Optional<Path> sharedContract() {
        String configured = System.getProperty("parley.contract");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/api/contract.graphql");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
