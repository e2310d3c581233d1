package dev.procedures.core.cache;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.rules.ProcedureRule;
import dev.procedures.core.rules.Reporter;
import dev.procedures.core.rules.Rule;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.rules.RuleDescriptor;
import dev.procedures.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultCacheTest {

    @TempDir
    Path work;

    /** Counts how many files the per-file rules really look at. */
    private static final class CountingRule implements ProcedureRule {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public RuleDescriptor descriptor() {
            return new RuleDescriptor("counting", Severity.INFO, "counts", "none");
        }

        @Override
        public void check(Procedure procedure, RuleContext context, Reporter reporter) {
            calls.incrementAndGet();
        }
    }

    private Path example() throws Exception {
        Path source = Path.of("..", "examples", "procedures").toAbsolutePath().normalize();
        Path dir = work.resolve("procedures");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }

    private static CheckRequest request(Path dir, LocalDate today) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                RuleContext.defaults(today), RuleSettings.defaults(), 2);
    }

    private static List<Rule> rulesWith(CountingRule counter) {
        List<Rule> rules = new ArrayList<>(RuleRegistry.all());
        rules.add(counter);
        return rules;
    }

    @Test
    void unchangedFilesAreNotCheckedAgainAndGiveTheSameFindings() throws Exception {
        Path dir = example();
        Path cacheFile = work.resolve("target/procedures-cache.bin");
        CheckRequest request = request(dir, LocalDate.of(2026, 11, 29));
        String key = request.configurationKey("test-1");
        CountingRule counter = new CountingRule();
        ProcedureChecker checker = new ProcedureChecker(rulesWith(counter));

        CheckResult uncached = new ProcedureChecker().check(request);
        CheckResult first = checker.check(request, ResultCache.open(cacheFile, key));
        assertEquals(3, counter.calls.get());
        assertTrue(Files.isRegularFile(cacheFile));
        assertEquals(uncached.findings(), first.findings());

        counter.calls.set(0);
        CheckResult second = checker.check(request, ResultCache.open(cacheFile, key));
        assertEquals(0, counter.calls.get(), "no file parsed or checked again");
        assertEquals(first.findings(), second.findings());
        assertEquals(List.of(), second.warnings());

        Path changed = dir.resolve("PROC-BACKEND-002-rotacion-de-logs.md");
        Files.writeString(changed, Files.readString(changed).replace("version: 1.0.1", "version: 1.0"));
        counter.calls.set(0);
        CheckResult third = checker.check(request, ResultCache.open(cacheFile, key));
        assertEquals(1, counter.calls.get(), "only the changed file");
        assertEquals(new ProcedureChecker().check(request).findings(), third.findings());
        assertTrue(third.findings().stream().anyMatch(f -> f.ruleId().equals("semver")
                && f.path().equals("PROC-BACKEND-002-rotacion-de-logs.md")));
    }

    /**
     * An unchanged tree leaves the cache file as it is (nothing serialised); a changed, a new or a
     * deleted procedure rewrites it with exactly the files of the run.
     */
    @Test
    void theCacheFileIsWrittenOnlyWhenTheRunChangedIt() throws Exception {
        Path dir = example();
        Path cacheFile = work.resolve("cache.bin");
        CheckRequest request = request(dir, LocalDate.of(2026, 11, 29));
        String key = request.configurationKey("1");
        ProcedureChecker checker = new ProcedureChecker();
        checker.check(request, ResultCache.open(cacheFile, key));
        byte[] written = Files.readAllBytes(cacheFile);
        java.nio.file.attribute.FileTime stamp = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(cacheFile, stamp);

        checker.check(request, ResultCache.open(cacheFile, key));
        assertEquals(stamp, Files.getLastModifiedTime(cacheFile), "an unchanged tree does not write the cache");
        assertTrue(java.util.Arrays.equals(written, Files.readAllBytes(cacheFile)));

        Path one = dir.resolve("PROC-BACKEND-002-rotacion-de-logs.md");
        Files.writeString(one, Files.readString(one) + "\nUna línea más.\n");
        checker.check(request, ResultCache.open(cacheFile, key));
        byte[] afterEdit = Files.readAllBytes(cacheFile);
        assertFalse(java.util.Arrays.equals(written, afterEdit), "a changed file is recorded");

        Files.setLastModifiedTime(cacheFile, stamp);
        Files.delete(one);
        checker.check(request, ResultCache.open(cacheFile, key));
        assertFalse(stamp.equals(Files.getLastModifiedTime(cacheFile)), "a deleted file leaves the cache");
        ResultCache reread = ResultCache.open(cacheFile, key);
        assertTrue(reread.warnings().isEmpty(), reread.warnings().toString());
    }

    @Test
    void anotherConfigurationOrVersionStartsAfresh() throws Exception {
        Path dir = example();
        Path cacheFile = work.resolve("cache.bin");
        CountingRule counter = new CountingRule();
        ProcedureChecker checker = new ProcedureChecker(rulesWith(counter));
        CheckRequest today = request(dir, LocalDate.of(2026, 11, 29));
        checker.check(today, ResultCache.open(cacheFile, today.configurationKey("1")));
        counter.calls.set(0);

        CheckRequest tomorrow = request(dir, LocalDate.of(2026, 11, 30));
        checker.check(tomorrow, ResultCache.open(cacheFile, tomorrow.configurationKey("1")));
        assertEquals(3, counter.calls.get(), "today is part of the key");
        counter.calls.set(0);
        checker.check(tomorrow, ResultCache.open(cacheFile, tomorrow.configurationKey("2")));
        assertEquals(3, counter.calls.get(), "the plugin version is part of the key");
        CheckRequest warning = new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(),
                Set.of(), null, RuleContext.defaults(LocalDate.of(2026, 11, 30)),
                RuleSettings.parse(java.util.Map.of("semver", "warning"), RuleRegistry.ids()), 2);
        assertFalse(warning.configurationKey("2").equals(tomorrow.configurationKey("2")), "rule severities too");
    }

    @Test
    void aCorruptCacheIsIgnoredWithAWarningNeverTrusted() throws Exception {
        Path dir = example();
        Path cacheFile = work.resolve("cache.bin");
        Files.write(cacheFile, new byte[] {':', ')', 0x0a, 0x01, 0x05, 'x', 'y'});
        CheckRequest request = request(dir, LocalDate.of(2026, 11, 29));
        CountingRule counter = new CountingRule();
        CheckResult result = new ProcedureChecker(rulesWith(counter))
                .check(request, ResultCache.open(cacheFile, request.configurationKey("1")));
        assertEquals(3, counter.calls.get());
        assertEquals(new ProcedureChecker().check(request).findings(), result.findings());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("ignoring unreadable cache " + cacheFile), result.warnings().get(0));
        assertEquals(List.of(), new ProcedureChecker().check(request, ResultCache.open(cacheFile,
                request.configurationKey("1"))).warnings(), "rewritten after the run");
    }

    @Test
    void suppressionsWorkTheSameFromTheCache() throws Exception {
        Path dir = example();
        Path faulty = dir.resolve("PROC-BACKEND-003-failover-base-de-datos.md");
        Files.writeString(faulty, Files.readString(faulty).replace("## Pasos de Ejecución",
                "<!-- procedures-disable-file semver -->\n<!-- procedures-disable-next-line approvals -->\n\n"
                        + "## Pasos de Ejecución"));
        Path cacheFile = work.resolve("cache.bin");
        CheckRequest request = request(dir, LocalDate.of(2026, 11, 29));
        CheckResult plain = new ProcedureChecker().check(request);
        assertTrue(plain.findings().stream().noneMatch(f -> f.ruleId().equals("semver")));
        assertTrue(plain.findings().stream().anyMatch(f -> f.ruleId().equals("unused-suppression")));
        String key = request.configurationKey("1");
        new ProcedureChecker().check(request, ResultCache.open(cacheFile, key));
        assertEquals(plain.findings(), new ProcedureChecker().check(request, ResultCache.open(cacheFile, key)).findings());
    }

    @Test
    void aSingleChangedByteIsDetectedByTheChecksum() throws Exception {
        Path dir = example();
        Path cacheFile = work.resolve("cache.bin");
        CheckRequest request = request(dir, LocalDate.of(2026, 11, 29));
        String key = request.configurationKey("1");
        new ProcedureChecker().check(request, ResultCache.open(cacheFile, key));
        byte[] bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(cacheFile, bytes);
        CountingRule counter = new CountingRule();
        CheckResult result = new ProcedureChecker(rulesWith(counter)).check(request, ResultCache.open(cacheFile, key));
        assertEquals(3, counter.calls.get(), "nothing taken from the damaged cache");
        assertEquals(List.of("ignoring unreadable cache " + cacheFile + " (checksum mismatch); it will be rewritten"),
                result.warnings());
        assertEquals(new ProcedureChecker().check(request).findings(), result.findings());
    }
}
