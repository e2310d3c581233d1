package dev.procedures.core.baseline;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.testing.Engine;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team adopts the plugin on the real governance folder with a baseline: edits that move every
 * line do not bring findings back, and removing a rollback section brings exactly that finding.
 */
class BaselineAdoptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Pattern ROLLBACK_HEADING = Pattern.compile("^##\\s+(\\d+\\.\\s*)?(Rollback|Estrategia de Rollback).*");

    @TempDir
    Path work;

    @Test
    void baselineSurvivesMovedLinesAndCatchesARemovedRollbackSection() throws Exception {
        Path dir = SharedData.copyFiles(SharedData.require("corpus/iact/docs/gobernanza/procedimientos"),
                work.resolve("procedimientos"));
        Path file = dir.resolve(".procedures-baseline.json");
        CheckResult first = Engine.check(dir, TODAY, 2);
        assertFalse(first.findings().isEmpty());
        Baseline.of(first.findings(), dir, file).write(file);
        Baseline baseline = Baseline.read(file);
        assertEquals(List.of(), baseline.newFindings(first.findings(), dir, file));

        // a paragraph right after the H1 title of every procedure: every later line number moves
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("PROCED-")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
                int h1 = lines.indexOf(lines.stream().filter(l -> l.startsWith("# ")).findFirst().orElseThrow());
                lines.addAll(h1 + 1, List.of("", "Nota añadida tras la adopción del linter.", ""));
                Files.write(p, lines, StandardCharsets.UTF_8);
            }
        }
        CheckResult moved = Engine.check(dir, TODAY, 2);
        assertTrue(moved.findings().stream().anyMatch(f -> first.findings().stream()
                .noneMatch(g -> g.path().equals(f.path()) && g.line() == f.line())), "lines really moved");
        assertEquals(List.of(), baseline.newFindings(moved.findings(), dir, file));

        // remove the rollback sections of one procedure: exactly one new finding
        Path gob009 = dir.resolve("PROCED-GOB-009-refactorizaciones-codigo-tdd.md");
        List<String> lines = Files.readAllLines(gob009, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                skipping = ROLLBACK_HEADING.matcher(line).matches();
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        assertTrue(kept.size() < lines.size());
        Files.write(gob009, kept, StandardCharsets.UTF_8);
        List<Finding> fresh = baseline.newFindings(Engine.check(dir, TODAY, 2).findings(), dir, file);
        assertEquals(1, fresh.size(), fresh.toString());
        assertEquals("required-sections", fresh.get(0).ruleId());
        assertEquals("PROCED-GOB-009-refactorizaciones-codigo-tdd.md", fresh.get(0).path());
        assertTrue(fresh.get(0).message().startsWith("missing section 'Rollback Completo'"), fresh.get(0).message());
    }
}
