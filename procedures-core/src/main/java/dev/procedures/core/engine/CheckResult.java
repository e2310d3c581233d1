package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;

import java.util.List;

/**
 * The outcome of a check.
 *
 * @param findings     findings sorted by {@link Finding#ORDER}
 * @param filesChecked number of procedure files read
 * @param elapsedNanos wall time of the run, in nanoseconds
 * @param warnings     problems that did not stop the run (for example an unreadable cache)
 */
public record CheckResult(List<Finding> findings, int filesChecked, long elapsedNanos, List<String> warnings) {

    public CheckResult {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /**
     * A result without warnings.
     *
     * @param findings     findings sorted by {@link Finding#ORDER}
     * @param filesChecked number of procedure files read
     * @param elapsedNanos wall time of the run, in nanoseconds
     */
    public CheckResult(List<Finding> findings, int filesChecked, long elapsedNanos) {
        this(findings, filesChecked, elapsedNanos, List.of());
    }

    /**
     * @param threshold a severity
     * @return how many findings are at or above it
     */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
