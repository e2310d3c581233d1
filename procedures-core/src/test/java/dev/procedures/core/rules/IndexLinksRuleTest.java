package dev.procedures.core.rules;

import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.procedures.core.rules.RuleTestSupport.request;
import static dev.procedures.core.rules.RuleTestSupport.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexLinksRuleTest {

    private static final ProcedureChecker CHECKER = new ProcedureChecker(List.of(new IndexLinksRule()));

    @TempDir
    Path tmp;

    @Test
    void everyBrokenProcedureLinkIsReportedAtItsLineAndColumn() throws Exception {
        Path dir = resource("index/broken-links", tmp.resolve("p"));

        List<Finding> findings = CHECKER.check(request(dir)).findings();

        assertEquals(List.of("4:3", "5:3", "6:15", "11:3"),
                findings.stream().map(f -> f.line() + ":" + f.column()).toList(), findings.toString());
        for (Finding f : findings) {
            assertEquals("index-links", f.ruleId());
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("README.md", f.path());
        }
        assertEquals("link to procedure file ./proc-ops-001-rotacion-certificados.md does not resolve: no file "
                + "proc-ops-001-rotacion-certificados.md in the README folder; did you mean "
                + "PROC-OPS-001-rotacion-certificados.md? fix the link, or run mvn procedures:index",
                findings.get(0).message());
        assertEquals("link to procedure file ./PROC-OPS-002-copia.md#paso-1 does not resolve: no file "
                + "PROC-OPS-002-copia.md in the README folder; fix the link or remove the entry, or run "
                + "mvn procedures:index", findings.get(1).message());
        assertTrue(findings.get(2).message().contains("did you mean PROC-OPS-001-rotacion-certificados.md?"),
                findings.get(2).message());
        assertTrue(findings.get(3).message().contains("no file PROC-OPS-001-rotacion certificados.md"),
                findings.get(3).message());
    }

    @Test
    void indexWrittenByTheGeneratorHasNoBrokenLinks() throws Exception {
        Path dir = resource("index/stale-index", tmp.resolve("p"));
        assertEquals(1, CHECKER.check(request(dir)).findings().size(), "the hand-written index links a missing file");

        new dev.procedures.core.index.IndexGenerator().index(request(dir));

        assertEquals(List.of(), CHECKER.check(request(dir)).findings());
    }

    @Test
    void noReadmeNoFinding() throws Exception {
        Path dir = resource("index/stale-index", tmp.resolve("p"));
        Files.delete(dir.resolve("README.md"));

        assertEquals(List.of(), CHECKER.check(request(dir)).findings());
    }

    @Test
    void isRegistered() {
        assertTrue(RuleRegistry.byId("index-links").orElseThrow() instanceof IndexLinksRule);
    }
}
