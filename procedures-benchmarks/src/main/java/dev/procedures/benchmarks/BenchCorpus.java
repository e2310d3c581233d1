package dev.procedures.benchmarks;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.ProcedureScanner;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One generated corpus on disk (a directory written by {@code shared/corpus/gen_corpus.py}: the
 * procedure files plus {@code README.md}) and the request that checks it.
 */
final class BenchCorpus {

    /**
     * Fixed "today" so that date rules give the same findings on every run; the generator writes
     * dates around 2025.
     */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private BenchCorpus() {
    }

    /**
     * @param directory the corpus directory
     * @param threads   worker threads
     * @return a request with every rule at its default severity
     */
    static CheckRequest request(Path directory, int threads) {
        Path dir = directory.toAbsolutePath().normalize();
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(),
                null, RuleContext.defaults(TODAY), RuleSettings.defaults(), threads);
    }

    /**
     * The procedure files, found the same way the checker finds them.
     *
     * @param directory the corpus directory
     * @return the files sorted by name
     * @throws IllegalStateException if the directory does not exist or holds no procedure
     */
    static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("corpus directory not found: " + directory
                    + " (generate one with bench/run-bench.sh or gen_corpus.py)");
        }
        try {
            List<Path> files = new ProcedureScanner().scan(directory, directory.resolve("README.md"), Set.of());
            if (files.isEmpty()) {
                throw new IllegalStateException("no procedure files in " + directory);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
