package dev.procedures.benchmarks;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.finding.Severity;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One {@code check} of a directory in a fresh JVM, with every rule, as a command-line stand-in for
 * the Maven goal: used by {@code bench/process-vs-markdownlint.sh} to time the whole process and to
 * check that a large corpus fits a small heap ({@code -Xmx256m}).
 *
 * <p>Usage: {@code CheckMain DIR [THREADS]}. Prints one line: files, findings by severity, wall
 * time of the check in milliseconds, peak heap used (sum of the heap pools' peaks, in MiB). Exit
 * code 0, or 2 on a usage or I/O error; findings do not change the exit code.
 */
public final class CheckMain {

    private CheckMain() {
    }

    /**
     * @param args the corpus directory, optionally the number of threads
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CheckMain DIR [THREADS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        try {
            CheckResult result = new ProcedureChecker().check(BenchCorpus.request(dir, threads));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "files=%d findings=%d errors=%d warnings=%d check_ms=%.0f"
                            + " peak_heap_mib=%.0f max_heap_mib=%.0f threads=%d%n",
                    result.filesChecked(), result.findings().size(), result.countAtLeast(Severity.ERROR),
                    result.countAtLeast(Severity.WARNING) - result.countAtLeast(Severity.ERROR),
                    result.elapsedNanos() / 1e6, peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0, threads);
        } catch (ProceduresException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }
}
