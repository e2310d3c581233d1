package dev.procedures.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/projects/check/pom.xml";

    @TempDir
    Path work;

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failsWithTheViolationCountOnTheExampleFolder(CheckMojo mojo) throws Exception {
        Path dir = copyExample();
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "today", "2026-11-29");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().matches("\\d+ violations? at or above severity error; fix them, .*"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void passesWhenFailOnViolationIsFalse(CheckMojo mojo) throws Exception {
        Path dir = copyExample();
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "today", "2026-11-29");
        setVariableValueToObject(mojo, "failOnViolation", false);
        assertDoesNotThrow(mojo::execute);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void missingDirectoryIsAnExecutionErrorNamingThePath(CheckMojo mojo) throws Exception {
        File missing = work.resolve("no-such-folder").toFile();
        setVariableValueToObject(mojo, "directory", missing);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("procedures directory not found: "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void badTodayNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "today", "29/11/2026");
        assertEquals("procedures.today: '29/11/2026' is not an ISO date (YYYY-MM-DD)", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void badFailSeverityNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "failOnSeverity", "fatal");
        assertTrue(e.getMessage().startsWith("procedures.failOnSeverity: unknown severity 'fatal'"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void skipDoesNothingEvenForAMissingDirectory(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "directory", work.resolve("missing").toFile());
        setVariableValueToObject(mojo, "skip", true);
        assertDoesNotThrow(mojo::execute);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void unknownRuleIdNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "rules", Map.of("no-such-rule", "warning"));
        assertTrue(e.getMessage().startsWith("rules: unknown rule id 'no-such-rule'; known rules: "), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void badRuleSeverityNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "rules", Map.of("id-format", "fatal"));
        assertEquals("rules: rule 'id-format': unknown severity 'fatal' (expected error, warning, info or off)",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aliasClashNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "valueAliases", Map.of("CRITICA", "alta"));
        assertEquals("valueAliases: alias 'alta' already means criticality 'alta'", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void unknownFrequencyInReviewPeriodsNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "reviewPeriods", Map.of("bimestral", "P2M"));
        assertEquals("reviewPeriods: unknown frequency 'bimestral'; known: diaria, semanal, mensual, trimestral, "
                + "on-demand, emergencia", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void badPeriodNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "reviewPeriods", Map.of("mensual", "6 months"));
        assertEquals("reviewPeriods: '6 months' for 'mensual' is not an ISO-8601 period such as P3M or P1Y",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void githubAnnotationsCarryFileLineAndColumnErrorsFirst(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "directory", copyExample().toFile());
        setVariableValueToObject(mojo, "today", "2026-11-29");
        setVariableValueToObject(mojo, "githubAnnotations", true);
        setVariableValueToObject(mojo, "failOnViolation", false);
        setVariableValueToObject(mojo, "outputFormat", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            mojo.execute();
        } finally {
            System.setOut(previous);
        }
        java.util.List<String> commands = out.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("::")).toList();
        assertTrue(commands.stream().anyMatch(l -> l.matches("::error file=.*/PROC-BACKEND-003-failover-base-de-datos\\.md,"
                + "line=9,col=10,title=semver::version '1\\.10' is not SemVer 2\\.0\\.0 as written.*")), commands.toString());
        int firstWarning = commands.indexOf(commands.stream().filter(l -> !l.startsWith("::error ")).findFirst()
                .orElse(null));
        if (firstWarning >= 0) {
            assertTrue(commands.subList(firstWarning, commands.size()).stream().noneMatch(l -> l.startsWith("::error ")),
                    "errors first: " + commands);
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void severalProcedureSetsAreCheckedEachWithItsOwnReadme(CheckMojo mojo) throws Exception {
        Path backend = ExampleFolder.copy(work.resolve("backend"));
        Path clean = ExampleFolder.copy(work.resolve("clean"));
        Files.delete(clean.resolve("PROC-BACKEND-003-failover-base-de-datos.md"));
        ProcedureSet first = new ProcedureSet();
        first.setDirectory(backend.toFile());
        ProcedureSet second = new ProcedureSet();
        second.setDirectory(clean.toFile());
        second.setRetired("PROC-BACKEND-003");
        setVariableValueToObject(mojo, "procedureSets", java.util.List.of(first, second));
        setVariableValueToObject(mojo, "today", "2026-11-29");
        setVariableValueToObject(mojo, "outputFormat", "json");
        setVariableValueToObject(mojo, "outputFile", work.resolve("result.json").toFile());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("12 violations"), e.getMessage()); // 11 of the example, 1 stale index
        String json = Files.readString(work.resolve("result.json"));
        assertTrue(json.contains("\"filesChecked\": 5,"), json);
        assertTrue(json.contains("backend/procedures/PROC-BACKEND-003-failover-base-de-datos.md"), json);
        assertTrue(json.contains("clean/procedures/README.md"), "the clean set's stale index: " + json);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aRetiredIdWithoutItsThreeDigitsNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExecutionException e = executionError(mojo, "retired", "PROC-BACKEND-3");
        assertEquals("procedures.retired: 'PROC-BACKEND-3' is not an id such as PROC-BACKEND-003", e.getMessage());
    }

    /** Runs the goal on the example folder with one parameter set, expecting a configuration error. */
    private MojoExecutionException executionError(CheckMojo mojo, String parameter, Object value) throws Exception {
        setVariableValueToObject(mojo, "directory", copyExample().toFile());
        setVariableValueToObject(mojo, parameter, value);
        return assertThrows(MojoExecutionException.class, mojo::execute);
    }

    private Path copyExample() throws IOException {
        return ExampleFolder.copy(work);
    }
}
