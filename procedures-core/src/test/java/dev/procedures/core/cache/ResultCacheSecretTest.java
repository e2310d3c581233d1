package dev.procedures.core.cache;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.model.ProcedureSummary;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The result cache is a file on disk next to the build: it keeps titles and durations masked, as
 * the README index shows them, whether or not {@code no-credentials} runs.
 * Input: {@code src/test/resources/index/secret-title}.
 */
class ResultCacheSecretTest {

    private static final List<String> SECRETS = List.of("TiPw5rTg6Yh", "Qm7vXc2Lr9", "Zk4nW8pR2tq");

    @TempDir
    Path work;

    private Path procedures() throws Exception {
        return SharedData.copyFiles(Path.of(getClass().getResource("/index/secret-title").toURI()),
                work.resolve("procedures"));
    }

    private static CheckRequest request(Path dir, RuleSettings settings) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                RuleContext.defaults(LocalDate.of(2025, 12, 1)), settings, 2);
    }

    @Test
    void cacheFileHoldsMaskedTitlesAndNoSecret() throws Exception {
        Path dir = procedures();
        Path cacheFile = work.resolve("target/procedures-cache/set.smile");
        CheckRequest request = request(dir, RuleSettings.defaults());
        String key = request.configurationKey("test-1");

        CheckResult first = new ProcedureChecker().check(request, ResultCache.open(cacheFile, key));

        String bytes = new String(Files.readAllBytes(cacheFile), StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(bytes.contains(secret), secret);
        }
        assertTrue(bytes.contains("Acceso mysql -pTi******** a la base"), "the title is stored, masked");
        assertTrue(bytes.contains("Rotación de certificados | TLS"), "a title without secret is stored as written");
        ResultCache reopened = ResultCache.open(cacheFile, key);
        String hash = dev.procedures.core.io.Sha256.hex(Files.readAllBytes(dir.resolve("PROC-OPS-002-reinicio-replica.md")));
        assertEquals("Reinicio de réplica con mysql -uadmin -pQm********", reopened
                .get("PROC-OPS-002-reinicio-replica.md", hash).orElseThrow().summary().map(ProcedureSummary::title)
                .orElseThrow());

        CheckResult second = new ProcedureChecker().check(request, ResultCache.open(cacheFile, key));
        assertEquals(first.findings(), second.findings());
        assertEquals(List.of(), second.warnings());
    }

    @Test
    void titlesAreMaskedEvenWithNoCredentialsOff() throws Exception {
        Path dir = procedures();
        Path cacheFile = work.resolve("cache.smile");
        CheckRequest request = request(dir, RuleSettings.parse(Map.of("no-credentials", "off"), RuleRegistry.ids()));

        CheckResult result = new ProcedureChecker().check(request, ResultCache.open(cacheFile,
                request.configurationKey("test-1")));

        assertEquals(0, result.findings().stream().filter(f -> f.ruleId().equals("no-credentials")).count());
        String bytes = new String(Files.readAllBytes(cacheFile), StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(bytes.contains(secret), secret);
        }
        assertTrue(bytes.contains("20min password=Zk********"), "the duration is stored, masked");
        result.findings().forEach(f -> SECRETS.forEach(s -> assertFalse(f.message().contains(s), f.format())));
    }
}
