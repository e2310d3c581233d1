package dev.procedures.core.fork;

import dev.procedures.core.config.TeamSettings;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ForkJsonTest {

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRequestWithUnsetMapsAndTextOfAnyKindReadsBackEqual() throws Exception {
        TeamSettings settings = new TeamSettings("2026-11-29", null, Map.of("rollback", "Marcha atrás, \"Vuelta\""),
                null, null, Map.of("semver", "off"), null, 0);
        CheckJob job = new CheckJob("/base dir", "/base dir/docs", "/base dir/docs/README.md", "UTF-8",
                List.of("PROC-BACKEND"), List.of(), "Índice\tde\nProcedimientos \u2028 😀", 1, null, null);
        ForkRequest request = new ForkRequest(settings, List.of(job, job));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ForkJson.writeRequest(request, out);
        assertEquals(request, ForkJson.readRequest(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void aResponseReadsBackEqual() throws Exception {
        Finding finding = new Finding("no-credentials", Severity.ERROR, "docs/PROC-X-001.md", 12, 0,
                "literal password (value 'Rk********')\r\nsecond line", "0123456789abcdef");
        ForkResponse response = new ForkResponse(List.of(new dev.procedures.core.engine.CheckResult(List.of(finding,
                finding), 2, 5_000_000_000L, List.of("ignoring cache x"))), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ForkJson.writeResponse(response, out);
        assertEquals(response, ForkJson.readResponse(new ByteArrayInputStream(out.toByteArray())));

        ForkResponse error = new ForkResponse(List.of(), "procedures directory not found: /x");
        out.reset();
        ForkJson.writeResponse(error, out);
        assertEquals(error, ForkJson.readResponse(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void aDamagedDocumentIsAnIoErrorThatNamesTheField() {
        assertEquals("response.results[].filesChecked: not a whole number", assertThrows(IOException.class,
                () -> ForkJson.readResponse(json("{\"results\":[{\"findings\":[],\"filesChecked\":\"2\","
                        + "\"elapsedNanos\":1,\"warnings\":[]}],\"error\":null}"))).getMessage());
        assertEquals("finding: unknown severity FATAL", assertThrows(IOException.class,
                () -> ForkJson.readResponse(json("{\"results\":[{\"findings\":[{\"ruleId\":\"r\",\"severity\":\"FATAL\","
                        + "\"path\":\"p\",\"line\":1,\"column\":1,\"message\":\"m\",\"fingerprint\":\"f\"}],"
                        + "\"filesChecked\":1,\"elapsedNanos\":1,\"warnings\":[]}],\"error\":null}"))).getMessage());
        assertEquals("request.jobs: not an array", assertThrows(IOException.class,
                () -> ForkJson.readRequest(json("{\"settings\":{\"today\":\"2026-11-29\",\"reviewWarningDays\":30},"
                        + "\"jobs\":{}}"))).getMessage());
        assertThrows(IOException.class, () -> ForkJson.readRequest(json("")));
        assertThrows(IOException.class, () -> ForkJson.readRequest(json("{\"settings\": [1.5]}")));
    }
}
