package dev.procedures.core.engine;

import dev.procedures.core.cache.ResultCache;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.rules.RuleRegistry;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Text quoted from a file outside the per-file rules' messages: a README link target in
 * {@code index-links}, the words of a suppression comment in {@code unused-suppression} and in the
 * result cache. A secret in it is kept and shown only masked.
 * Input: {@code src/test/resources/leaks/quoted-text}.
 */
class QuotedTextRedactionTest {

    private static final List<String> SECRETS = List.of("Hk3mW9pQ2xZ7", "rq5vz8wm2kx4", "tq7wz3mk9vb2",
            "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5", "aB3dE5gH7jK9");

    @TempDir
    Path work;

    private Path procedures() throws Exception {
        return SharedData.copyFiles(Path.of(getClass().getResource("/leaks/quoted-text").toURI()),
                work.resolve("procedures"));
    }

    private static CheckRequest request(Path dir, RuleSettings settings) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                RuleContext.defaults(LocalDate.of(2025, 12, 1)), settings, 1);
    }

    private static List<String> messages(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.path() + ":" + f.line() + " " + f.message()).toList();
    }

    private static void assertNoSecret(List<Finding> findings) {
        for (Finding f : findings) {
            for (String secret : SECRETS) {
                assertFalse(f.format().contains(secret), f.format());
            }
        }
    }

    @Test
    void linkTargetsAndSuppressionWordsAreQuotedMasked() throws Exception {
        Path dir = procedures();
        CheckRequest request = request(dir, RuleSettings.defaults());

        CheckResult result = new ProcedureChecker().check(request);

        assertEquals(List.of("README.md:6 link to procedure file ./PROC-OPS-009-replica.md?access_token=gh******** "
                + "does not resolve: no file PROC-OPS-009-replica.md in the README folder; fix the link or remove "
                + "the entry, or run mvn procedures:index"), messages(result, "index-links"));
        String unknown = " procedures-disable-next-line names unknown rule text that is no rule id; use a rule id "
                + "from the documentation";
        // "rq5vz8wm2kx4" and "tq7wz3mk9vb2" have the shape of a rule id and were quoted as written
        assertEquals(List.of("PROC-OPS-001-limpieza-cache.md:17" + unknown, "PROC-OPS-001-limpieza-cache.md:20"
                + unknown, "README.md:8" + unknown), messages(result, "unused-suppression"));
        assertEquals(List.of("PROC-OPS-001-limpieza-cache.md:17", "PROC-OPS-001-limpieza-cache.md:20", "README.md:6",
                "README.md:8"), result.findings().stream().filter(f -> f.ruleId().equals("no-credentials"))
                .map(f -> f.path() + ":" + f.line()).toList());
        assertNoSecret(result.findings());
    }

    @Test
    void theCacheKeepsSuppressionWordsMaskedAndGivesTheSameFindings() throws Exception {
        Path dir = procedures();
        CheckRequest request = request(dir, RuleSettings.defaults());
        Path cacheFile = work.resolve("cache.smile");
        String key = request.configurationKey("test-1");

        CheckResult first = new ProcedureChecker().check(request, ResultCache.open(cacheFile, key));
        CheckResult second = new ProcedureChecker().check(request, ResultCache.open(cacheFile, key));

        String bytes = new String(Files.readAllBytes(cacheFile), StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(bytes.contains(secret), secret);
        }
        assertEquals(first.findings(), second.findings(), "same messages and fingerprints from the cache");
        assertEquals(new ProcedureChecker().check(request).findings(), second.findings());
    }

    @Test
    void masksWithNoCredentialsOffToo() throws Exception {
        Path dir = procedures();
        CheckRequest request = request(dir, RuleSettings.parse(Map.of("no-credentials", "off"), RuleRegistry.ids()));

        CheckResult result = new ProcedureChecker().check(request);

        assertEquals(List.of(), messages(result, "no-credentials"));
        assertEquals(1, messages(result, "index-links").size());
        assertEquals(3, messages(result, "unused-suppression").size());
        assertNoSecret(result.findings());
    }
}
