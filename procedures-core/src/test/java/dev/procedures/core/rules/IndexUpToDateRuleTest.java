package dev.procedures.core.rules;

import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.index.IndexGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.procedures.core.rules.RuleTestSupport.request;
import static dev.procedures.core.rules.RuleTestSupport.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexUpToDateRuleTest {

    private static final ProcedureChecker CHECKER = new ProcedureChecker(List.of(new IndexUpToDateRule()));

    @TempDir
    Path tmp;

    private static Finding single(Path dir) throws Exception {
        List<Finding> findings = CHECKER.check(request(dir)).findings();
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("index-up-to-date", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("README.md", f.path());
        return f;
    }

    @Test
    void staleIndexNamesWhatIsWrongAndHowToFixIt() throws Exception {
        Path dir = resource("index/stale-index", tmp.resolve("p"));

        Finding f = single(dir);

        assertEquals(4, f.line());
        assertEquals("README index is out of date: PROC-OPS-001 is listed under ALTA but its criticidad is BAJA; "
                + "PROC-OPS-001 is missing from the Maintenance list; PROC-OPS-002 is not in the index; and 1 more; "
                + "run mvn procedures:index to regenerate it", f.message());
    }

    @Test
    void upToDateIndexHasNoFindingAndAChangedTitleIsStaleAgain() throws Exception {
        Path dir = resource("index/stale-index", tmp.resolve("p"));
        new IndexGenerator().index(request(dir));
        assertEquals(List.of(), CHECKER.check(request(dir)).findings());

        Path proc = dir.resolve("PROC-OPS-002-despliegue-portal.md");
        Files.writeString(proc, Files.readString(proc).replace("titulo: Despliegue del portal",
                "titulo: Despliegue del portal web"));

        Finding f = single(dir);
        assertEquals("README index is out of date: its text differs from what the index goal writes (titles, "
                + "columns, order or layout); run mvn procedures:index to regenerate it", f.message());
    }

    @Test
    void fingerprintDoesNotDependOnTheLine() throws Exception {
        Path dir = resource("index/stale-index", tmp.resolve("p"));
        Finding before = single(dir);
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "Nota añadida.\n\n" + Files.readString(readme, StandardCharsets.UTF_8));

        Finding after = single(dir);

        assertEquals(6, after.line());
        assertNotEquals(before.line(), after.line());
        assertEquals(before.fingerprint(), after.fingerprint());
    }

    @Test
    void missingReadmeIsOneFinding() throws Exception {
        Path dir = resource("index/stale-index", tmp.resolve("p"));
        Files.delete(dir.resolve("README.md"));

        Finding f = single(dir);

        assertEquals(0, f.line());
        assertEquals("README not found or not readable; create it with a section 'Índice de Procedimientos' (or the "
                + "markers <!-- procedures-index:start --> / <!-- procedures-index:end -->); then run "
                + "mvn procedures:index to regenerate it", f.message());
    }

    @Test
    void missingSectionIsOneFinding() throws Exception {
        Finding f = single(resource("index/missing-section", tmp.resolve("p")));

        assertEquals(0, f.line());
        assertTrue(f.message().startsWith("no place for the index: the README has neither the markers"), f.message());
        assertTrue(f.message().endsWith("; then run mvn procedures:index to regenerate it"), f.message());
    }

    @Test
    void brokenMarkersAreOneFindingAtTheMarker() throws Exception {
        Finding f = single(resource("index/unbalanced-markers", tmp.resolve("p")));

        assertEquals(5, f.line());
        assertEquals("marker <!-- procedures-index:start --> has no matching <!-- procedures-index:end -->; add the "
                + "end marker on its own line after the index; then run mvn procedures:index to regenerate it",
                f.message());
    }

    @Test
    void isRegistered() {
        assertTrue(RuleRegistry.byId("index-up-to-date").orElseThrow() instanceof IndexUpToDateRule);
    }
}
