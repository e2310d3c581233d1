package dev.procedures.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.testing.Engine;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports of a real check run, on the shared case with passwords in URLs: SARIF validates
 * against the OASIS 2.1.0 schema, Checkstyle XML against its XSD, and neither holds a password,
 * plain or percent-encoded.
 */
class RealCaseReportsTest {

    private static final List<String> SECRETS = List.of("Hn4@zW8qRt", "Hn4%40zW8qRt", "Vq7rT2mKx9Lp");

    private static String render(ReportFormat format, ReportInput input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.writer(format).write(input, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sarifAndCheckstyleOfCase17AreValidAndHoldNoSecret() throws Exception {
        Path dir = SharedData.require("cases/17-credentials-in-url");
        CheckResult result = Engine.check(dir, LocalDate.of(2025, 12, 1), 2);
        ReportInput input = ReportInput.of(result, "0.1.0-SNAPSHOT");
        assertEquals(2, result.findings().stream().filter(f -> f.ruleId().equals("no-credentials")).count());

        String sarif = render(ReportFormat.SARIF, input);
        JsonSchema schema;
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json"), "SARIF schema")) {
            JsonNode node = new ObjectMapper().readTree(in);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertEquals(Set.of(), schema.validate(log));
        List<Integer> lines = new java.util.ArrayList<>();
        for (JsonNode r : log.path("runs").get(0).path("results")) {
            if (r.path("ruleId").asText().equals("no-credentials")) {
                lines.add(r.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
                assertFalse(r.path("partialFingerprints").isEmpty());
            }
        }
        assertEquals(List.of(25, 29), lines);

        String checkstyle = render(ReportFormat.CHECKSTYLE, input);
        XmlSchemas.validate(checkstyle, "checkstyle.xsd");
        assertTrue(checkstyle.contains("line=\"25\""), checkstyle);

        for (String report : List.of(sarif, checkstyle, render(ReportFormat.JSON, input),
                render(ReportFormat.JUNIT, input), render(ReportFormat.PLAIN, input),
                String.join("\n", GitHubAnnotations.lines(input.findings())), Summary.text(input))) {
            for (String secret : SECRETS) {
                assertFalse(report.contains(secret), "a report holds a password");
            }
        }
    }
}
