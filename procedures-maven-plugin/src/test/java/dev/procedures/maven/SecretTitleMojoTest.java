package dev.procedures.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Procedures whose titles hold a password ({@code src/test/resources/secret-title}): no goal prints,
 * reports, caches or writes the value in clear.
 */
@MojoTest
class SecretTitleMojoTest {

    private static final String POM = "src/test/projects/check/pom.xml";
    private static final List<String> SECRETS = List.of("TiPw5rTg6Yh", "Qm7vXc2Lr9");

    @TempDir
    Path work;

    /** Keeps every line a goal logs. */
    private static final class CapturedLog extends SystemStreamLog {
        final StringBuilder lines = new StringBuilder();

        @Override
        public void debug(CharSequence content) {
            lines.append("[debug] ").append(content).append('\n');
        }

        @Override
        public void info(CharSequence content) {
            lines.append("[info] ").append(content).append('\n');
        }

        @Override
        public void warn(CharSequence content) {
            lines.append("[warn] ").append(content).append('\n');
        }

        @Override
        public void error(CharSequence content) {
            lines.append("[error] ").append(content).append('\n');
        }
    }

    private Path procedures() throws Exception {
        Path source = Path.of(getClass().getResource("/secret-title").toURI());
        Path target = work.resolve("procedures");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }

    private static void assertNoSecret(String what, String output) {
        for (String secret : SECRETS) {
            assertFalse(output.contains(secret), () -> secret + " in " + what + ":\n" + output);
        }
    }

    @Test
    @InjectMojo(goal = "index", pom = POM)
    void indexWritesTheTitlesMasked(IndexMojo mojo) throws Exception {
        Path dir = procedures();
        CapturedLog log = new CapturedLog();
        mojo.setLog(log);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "today", "2025-12-01");

        mojo.execute();

        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("| [PROC-OPS-001](./PROC-OPS-001-acceso-base.md) | Acceso mysql -pTi******** a la "
                + "base | Maintenance | Mensual | 15min |"), readme);
        assertTrue(readme.contains("- [PROC-OPS-002](./PROC-OPS-002-reinicio-replica.md) - Reinicio de réplica con "
                + "mysql -uadmin -pQm********"), readme);
        assertNoSecret("README", readme);
        assertNoSecret("log", log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void checkLogsReportsAnnotationsAndCacheHoldNoSecret(CheckMojo mojo) throws Exception {
        Path dir = procedures();
        Path out = work.resolve("out");
        CapturedLog log = new CapturedLog();
        mojo.setLog(log);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "today", "2025-12-01");
        setVariableValueToObject(mojo, "failOnViolation", false);
        setVariableValueToObject(mojo, "outputFormat", "plain,checkstyle,sarif,json,junit");
        setVariableValueToObject(mojo, "outputFile", out.resolve("procedures-result.txt").toFile());
        setVariableValueToObject(mojo, "cacheDirectory", out.resolve("cache").toFile());
        setVariableValueToObject(mojo, "githubAnnotations", true);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            mojo.execute();
            mojo.execute(); // the second run reads the findings and summaries back from the cache
        } finally {
            System.setOut(previous);
        }

        String logged = log.lines.toString();
        assertTrue(logged.contains("PROC-OPS-001-acceso-base.md:5:24: error [no-credentials] literal password in "
                + "mysql -p (value 'Ti********')"), logged);
        assertNoSecret("log", logged);
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("::error file="), "annotations were printed");
        assertNoSecret("annotations", stdout.toString(StandardCharsets.UTF_8));
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(written::add);
        }
        assertEquals(6, written.size(), written.toString()); // five reports and the cache
        for (Path f : written) {
            assertNoSecret(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
    }

    @Test
    @InjectMojo(goal = "new", pom = POM)
    void newRefusesATitleWithASecretAndWritesNothing(NewMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        List<String> before = listing(dir);
        CapturedLog log = new CapturedLog();
        mojo.setLog(log);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "title", "Acceso mysql -pTiPw5rTg6Yh a la base");
        setVariableValueToObject(mojo, "criticality", "ALTA");
        setVariableValueToObject(mojo, "type", "maintenance");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("procedures.title holds a literal password in mysql -p (value 'Ti********'); the title names "
                + "the file and goes into the file and the README index, so write it without the secret (say where "
                + "to get it instead, such as a vault) and rotate the secret; nothing written", e.getMessage());
        assertEquals(before, listing(dir));
        assertNoSecret("log", log.lines.toString());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
