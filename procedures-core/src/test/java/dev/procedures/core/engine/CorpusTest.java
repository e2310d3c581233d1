package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.testing.Engine;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.procedures.core.testing.Engine.of;
import static dev.procedures.core.testing.Engine.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the whole engine on real procedure folders of {@code shared/corpus/iact}: other prefixes
 * than the team template's, several prefixes in one folder, reports beside the procedures.
 */
class CorpusTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final String GOBERNANZA = "corpus/iact/docs/gobernanza/procedimientos";
    private static final String BACKEND = "corpus/iact/docs/backend/procedimientos";

    @Test
    void backendProcedimientos() throws Exception {
        Path dir = SharedData.requireDirectory(BACKEND);
        CheckResult result = Engine.check(dir, TODAY, 2);
        assertEquals(4, result.filesChecked());
        assertFalse(result.findings().isEmpty());
        assertEquals(Set.of("PROCED-BACK-001-ejecutar-tests-backend.md", "PROCED-BACK-002-deployment-staging.md",
                        "PROCED-BACK-003-rollback-deployment.md", "PROCED-BACK-004-actualizar-dependencias.md",
                        "README.md"),
                paths(result));
        // that README lists the procedures by hand, without an index section or markers
        assertEquals(List.of("index-up-to-date README.md:0"), Engine.places(of(result, "index-up-to-date")));
        assertEquals(List.of(), of(result, "id-sequence"));
        assertEquals(List.of(), of(result, "id-unique"));
        // '## 13. CONTROL DE CAMBIOS' is the version history of PROCED-BACK-001
        assertTrue(of(result, "required-sections").stream().noneMatch(f ->
                f.path().startsWith("PROCED-BACK-001") && f.message().contains("'Historial de Versiones'")));
    }

    @Test
    void gobernanzaProcedimientosWithSeveralPrefixesAndReports() throws Exception {
        Path dir = SharedData.requireDirectory(GOBERNANZA);
        CheckResult result = Engine.check(dir, TODAY, 2);
        assertEquals(14, result.filesChecked());
        assertFalse(result.findings().isEmpty());
        Set<String> checked = paths(result);
        assertTrue(checked.stream().noneMatch(p -> p.startsWith("REPORTE-") || p.startsWith("GAPS-")), checked.toString());
        assertTrue(Files.isRegularFile(dir.resolve("REPORTE-VERIFICACION-PROCED-GOB-009.md")));
        assertTrue(Files.isRegularFile(dir.resolve("GAPS-CRITICOS-SOLUCIONADOS-PROCED-GOB-009.md")));
        List<String> scanned = new ProcedureScanner().scan(dir, dir.resolve("README.md"), Set.of()).stream()
                .map(f -> f.getFileName().toString()).toList();
        assertEquals(List.of("PROCED-DEV-001-crear_pull_request.md", "PROCED-DEV-002-code_review.md",
                "PROCED-DEV-003-resolver_conflictos_merge.md", "PROCED-DEVOPS-001-deploy_staging.md",
                "PROCED-GOB-001-crear_adr.md", "PROCED-GOB-002-actualizar_documentacion.md",
                "PROCED-GOB-003-documentar-regla-negocio.md", "PROCED-GOB-004-crear-caso-uso.md",
                "PROCED-GOB-005-analisis-impacto-cambios.md", "PROCED-GOB-006-generar-diagrama-uml-plantuml.md",
                "PROCED-GOB-007-consolidacion-ramas-git.md", "PROCED-GOB-008-configurar-permisos-git-push.md",
                "PROCED-GOB-009-refactorizaciones-codigo-tdd.md", "PROCED-QA-001-ejecutar_tests.md"), scanned);
        // every prefix runs 001..n without gaps: GOB 001-009, DEV 001-003, DEVOPS 001, QA 001
        assertEquals(List.of(), of(result, "id-sequence"));
        assertEquals(List.of(), of(result, "id-unique"));
        assertEquals(List.of("review-date PROCED-GOB-008-configurar-permisos-git-push.md:488"),
                places(of(result, "review-date")));
        assertEquals(Severity.WARNING, of(result, "review-date").get(0).severity());
    }

    @Test
    void eachPrefixIsJudgedSeparately(@TempDir Path tmp) throws Exception {
        Path dir = SharedData.requireDirectory(GOBERNANZA);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().startsWith("PROCED-DEV-002")) {
                    Files.copy(f, tmp.resolve(f.getFileName()));
                }
            }
        }
        CheckResult result = Engine.check(tmp, TODAY, 2);
        List<Finding> sequence = of(result, "id-sequence");
        assertEquals(List.of("id-sequence PROCED-DEV-003-resolver_conflictos_merge.md:2"), places(sequence));
        assertTrue(sequence.get(0).message().startsWith("PROCED-DEV-002 is missing from the PROCED-DEV sequence"),
                sequence.get(0).message());
    }

    @Test
    void teamExampleIsOverdueOnTheDayOfTheSpec() throws Exception {
        Path dir = SharedData.requireDirectory("corpus/iact/docs/backend/procedures");
        CheckResult result = Engine.check(dir, LocalDate.of(2026, 11, 29), 1);
        assertEquals(1, result.filesChecked(), "the template is not a procedure");
        List<Finding> review = of(result, "review-date");
        assertEquals(List.of("review-date PROC-BACKEND-001-ejemplo.md:10", "review-date PROC-BACKEND-001-ejemplo.md:499"),
                places(review));
        assertTrue(review.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertEquals(List.of(), of(result, "semver"));
        assertEquals(List.of(), of(result, "required-sections"));
    }

    @Test
    void configuredSeverityLowersEveryFindingOfTheRule() throws Exception {
        Path dir = SharedData.requireDirectory("corpus/iact/docs/backend/procedures");
        RuleSettings info = RuleSettings.parse(Map.of("review-date", "info"), Set.of("review-date"));
        CheckResult result = Engine.check(dir, LocalDate.of(2026, 11, 29), 1, info);
        assertEquals(2, of(result, "review-date").size());
        assertTrue(of(result, "review-date").stream().allMatch(f -> f.severity() == Severity.INFO));
        CheckResult soon = Engine.check(dir, LocalDate.of(2026, 5, 1), 1);
        assertEquals(List.of(Severity.WARNING), of(soon, "review-date").stream().map(Finding::severity).toList());
    }

    private static Set<String> paths(CheckResult result) {
        return result.findings().stream().map(Finding::path).collect(Collectors.toCollection(TreeSet::new));
    }
}
