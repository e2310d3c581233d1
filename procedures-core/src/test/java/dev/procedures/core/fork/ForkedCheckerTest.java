package dev.procedures.core.fork;

import dev.procedures.core.cache.ResultCache;
import dev.procedures.core.config.TeamSettings;
import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.model.ProcedureId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts real JVMs with the test classpath: a forked check must answer what this JVM answers. */
class ForkedCheckerTest {

    /** As Maven gives them: an empty element such as {@code <ultima_actualizacion/>} is a null value. */
    private static final Map<String, String> FIELD_ALIASES = new java.util.HashMap<>(Map.of("criticidad", "nivel"));

    static {
        FIELD_ALIASES.put("ultima_actualizacion", null);
    }

    private static final TeamSettings SETTINGS = new TeamSettings("2026-11-29", FIELD_ALIASES,
            Map.of("rollback", "Marcha atrás"), Map.of("on-demand", "por_demanda"), Map.of("mensual", "P6M"),
            Map.of("template-leftovers", "warning", "step-duration", "off"), "changeme, your-password", 45);

    @TempDir
    Path work;

    private static List<Path> testClasspath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry));
        }
        return entries;
    }

    private static ForkedChecker forked(List<String> jvmArgs) {
        return new ForkedChecker(ForkedChecker.currentJava(), testClasspath(), jvmArgs);
    }

    private Path copy(Path source, String name) throws Exception {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }

    private CheckRequest request(Path dir, Set<String> prefixes, Set<ProcedureId> retired) throws Exception {
        return new CheckRequest(work, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, prefixes, retired,
                "Índice de Procedimientos", SETTINGS.ruleContext(), SETTINGS.ruleSettings(), 2);
    }

    @Test
    void forkedResultsEqualThoseOfThisJvmWithTheSameSettingsAndCaches() throws Exception {
        Path examples = copy(Path.of("..", "examples", "procedures").toAbsolutePath().normalize(), "examples");
        Path secrets = copy(Path.of("src", "test", "resources", "no-credentials"), "secrets");
        Set<ProcedureId> retired = new LinkedHashSet<>(List.of(ProcedureId.parse("PROC-BACKEND-009").orElseThrow()));
        List<CheckRequest> requests = List.of(request(examples, Set.of(), retired),
                request(secrets, Set.of("PROC-TEST"), Set.of()));
        List<CheckResult> here = new ArrayList<>();
        for (CheckRequest r : requests) {
            here.add(new ProcedureChecker().check(r));
        }
        Path cacheFile = work.resolve("cache/examples.smile");
        List<CheckJob> jobs = List.of(CheckJob.of(requests.get(0), cacheFile, "key-1"),
                CheckJob.of(requests.get(1), null, null));

        for (int run = 1; run <= 2; run++) { // the second run reads the cache the first wrote
            List<CheckResult> there = forked(List.of("-XX:TieredStopAtLevel=1")).check(new ForkRequest(SETTINGS, jobs));
            assertEquals(2, there.size());
            for (int i = 0; i < 2; i++) {
                assertEquals(here.get(i).findings(), there.get(i).findings(), "run " + run + ", job " + i);
                assertEquals(here.get(i).filesChecked(), there.get(i).filesChecked());
                assertEquals(List.of(), there.get(i).warnings());
            }
            assertTrue(Files.isRegularFile(cacheFile), "the fork writes the cache it was given");
        }
        assertFalse(here.get(0).findings().isEmpty(), "the example folder has findings to compare");
        assertTrue(here.get(1).findings().stream().anyMatch(f -> f.ruleId().equals("no-credentials")));
        assertEquals(ResultCache.open(cacheFile, "key-1").warnings(), List.of());
    }

    @Test
    void anInputErrorOfTheForkIsTheSameMessageAsInThisJvm() throws Exception {
        Path missing = work.resolve("no-such-folder");
        CheckRequest request = request(missing, Set.of(), Set.of());
        ProceduresException here = assertThrows(ProceduresException.class, () -> new ProcedureChecker().check(request));
        ProceduresException there = assertThrows(ProceduresException.class, () -> forked(List.of())
                .check(new ForkRequest(SETTINGS, List.of(CheckJob.of(request, null, null)))));
        assertEquals(here.getMessage(), there.getMessage());
    }

    @Test
    void aConfigurationErrorNamesTheParameter() throws Exception {
        TeamSettings unknownRule = new TeamSettings("2026-11-29", Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("no-such-rule", "error"), null, 30);
        CheckJob job = CheckJob.of(request(work, Set.of(), Set.of()), null, null);
        ProceduresException e = assertThrows(ProceduresException.class,
                () -> forked(List.of()).check(new ForkRequest(unknownRule, List.of(job))));
        assertTrue(e.getMessage().startsWith("rules: "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-rule"), e.getMessage());
    }

    @Test
    void aJvmThatCannotStartIsReportedWithItsFirstLineAndTheWayOut() throws Exception {
        CheckJob job = CheckJob.of(request(work, Set.of(), Set.of()), null, null);
        ProceduresException e = assertThrows(ProceduresException.class,
                () -> forked(List.of("-XX:+NoSuchOptionForThisTest")).check(new ForkRequest(SETTINGS, List.of(job))));
        assertTrue(e.getMessage().contains("stopped with exit code 1: Unrecognized VM option 'NoSuchOptionForThisTest'"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" (options: -XX:+NoSuchOptionForThisTest); set procedures.fork=false to check "
                + "inside Maven's JVM"), e.getMessage());
    }

    @Test
    void aMissingLauncherIsReportedWithoutAStackTrace() throws Exception {
        CheckJob job = CheckJob.of(request(work, Set.of(), Set.of()), null, null);
        Path noJava = work.resolve("bin/java");
        ProceduresException e = assertThrows(ProceduresException.class, () -> new ForkedChecker(noJava,
                testClasspath(), List.of()).check(new ForkRequest(SETTINGS, List.of(job))));
        assertTrue(e.getMessage().startsWith("cannot run the forked check JVM (" + noJava + "): "), e.getMessage());
    }

    @Test
    void aJobTurnsBackIntoAnEqualRequest() throws Exception {
        Set<ProcedureId> retired = new LinkedHashSet<>(List.of(ProcedureId.parse("PROCED-GOB-004").orElseThrow()));
        CheckRequest original = new CheckRequest(work, work.resolve("docs"), work.resolve("docs/INDEX.md"),
                StandardCharsets.ISO_8859_1, Set.of("PROCED-GOB", "PROC-BACKEND"), retired, "Índice", SETTINGS.ruleContext(),
                SETTINGS.ruleSettings(), 3);
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        ForkJson.writeRequest(new ForkRequest(SETTINGS, List.of(CheckJob.of(original, null, null))), json);
        ForkRequest read = ForkJson.readRequest(new java.io.ByteArrayInputStream(json.toByteArray()));
        assertEquals(SETTINGS, read.settings());
        CheckRequest back = read.jobs().get(0).request(read.settings().ruleContext(), original.rules());
        assertEquals(original.context().today(), back.context().today());
        assertEquals(original.context().placeholderValues(), back.context().placeholderValues());
        assertEquals(original.context().vocabulary().fingerprint(), back.context().vocabulary().fingerprint());
        assertEquals(new CheckRequest(back.baseDirectory(), back.directory(), back.readme(), back.encoding(),
                back.prefixes(), back.retired(), back.indexHeading(), original.context(), back.rules(), back.threads()),
                original);
        assertEquals(original.configurationKey("v"), back.configurationKey("v"));
    }
}
