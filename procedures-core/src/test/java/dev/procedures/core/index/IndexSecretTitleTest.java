package dev.procedures.core.index;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.model.ProcedureSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.procedures.core.index.IndexTestSupport.criticalityTable;
import static dev.procedures.core.index.IndexTestSupport.request;
import static dev.procedures.core.index.IndexTestSupport.resource;
import static dev.procedures.core.index.IndexTestSupport.typeList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A title or duration that holds a password reaches the README index masked, as
 * {@code no-credentials} shows it; a title without one stays as written.
 * Input: {@code src/test/resources/index/secret-title} (a password in {@code titulo}, one in the
 * H1 of a file without {@code titulo}, one in {@code tiempo_estimado}).
 */
class IndexSecretTitleTest {

    /** The clear values of the three files. */
    static final List<String> SECRETS = List.of("TiPw5rTg6Yh", "Qm7vXc2Lr9", "Zk4nW8pR2tq");

    private static final String L1 = "[PROC-OPS-001](./PROC-OPS-001-acceso-base.md)";
    private static final String L2 = "[PROC-OPS-002](./PROC-OPS-002-reinicio-replica.md)";
    private static final String L3 = "[PROC-OPS-003](./PROC-OPS-003-rotacion-certificados.md)";

    @TempDir
    Path tmp;

    @Test
    void regeneratedIndexShowsSecretsMaskedAndOtherTitlesAsWritten() throws Exception {
        Path dir = resource("secret-title", tmp.resolve("set"));

        IndexResult result = new IndexGenerator().index(request(dir));

        assertTrue(result.changed());
        assertEquals(3, result.procedures());
        String expected = "# Runbooks de operaciones\n\n<!-- procedures-index:start -->\n\n### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA") + "\n"
                + criticalityTable("####", "ALTA",
                "| " + L1 + " | Acceso mysql -pTi******** a la base | Maintenance | Mensual | 15min |",
                "| " + L2 + " | Reinicio de réplica con mysql -uadmin -pQm******** | Troubleshooting | On-demand"
                        + " | 10min |") + "\n"
                + criticalityTable("####", "MEDIA") + "\n"
                + criticalityTable("####", "BAJA",
                "| " + L3 + " | Rotación de certificados \\| TLS | Maintenance | Trimestral"
                        + " | 20min password=Zk******** |") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance", "- " + L1 + " - Acceso mysql -pTi******** a la base",
                "- " + L3 + " - Rotación de certificados | TLS") + "\n"
                + typeList("####", "Troubleshooting",
                "- " + L2 + " - Reinicio de réplica con mysql -uadmin -pQm********") + "\n"
                + typeList("####", "Scaling") + "\n"
                + typeList("####", "Disaster Recovery") + "\n"
                + "<!-- procedures-index:end -->\n\n## Contacto\n\nEquipo de operaciones.\n";
        byte[] written = Files.readAllBytes(dir.resolve("README.md"));
        assertEquals(expected, new String(written, StandardCharsets.UTF_8));
        assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, written.length);
        assertNoSecret(new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void checkAgreesWithTheMaskedIndexAndShowsNoSecret() throws Exception {
        Path dir = resource("secret-title", tmp.resolve("set"));
        new IndexGenerator().index(request(dir));

        // the check renders the same masked index, so the README just written is up to date
        IndexPlan plan = new IndexGenerator().plan(request(dir));
        assertFalse(plan.stale(), plan.newText());
        assertNoSecret(plan.newText());
        CheckResult result = new ProcedureChecker().check(request(dir));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("index-up-to-date"))
                .toList());
        assertEquals(3, result.findings().stream().filter(f -> f.ruleId().equals("no-credentials")).count());
        result.findings().forEach(f -> assertNoSecret(f.format()));
    }

    @Test
    void summariesHoldMaskedTitleAndDuration() throws Exception {
        Path dir = resource("secret-title", tmp.resolve("set"));

        List<ProcedureSummary> summaries = new ProcedureChecker().summarize(request(dir));

        assertEquals(List.of("Acceso mysql -pTi******** a la base",
                        "Reinicio de réplica con mysql -uadmin -pQm********", "Rotación de certificados | TLS"),
                summaries.stream().map(ProcedureSummary::title).toList());
        assertEquals(List.of("15min", "10min", "20min password=Zk********"),
                summaries.stream().map(ProcedureSummary::duration).toList());
    }

    static void assertNoSecret(String output) {
        for (String secret : SECRETS) {
            assertFalse(output.contains(secret), () -> secret + " in " + output);
        }
    }
}
