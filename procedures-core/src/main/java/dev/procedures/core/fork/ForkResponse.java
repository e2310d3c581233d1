package dev.procedures.core.fork;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.finding.Finding;

import java.util.List;

/**
 * What {@link ForkMain} writes: one result per job, or the message of the error that stopped it.
 *
 * @param results one per job of the request, in its order; empty when {@code error} is set
 * @param error   the message of a configuration or input error, or {@code null}
 */
record ForkResponse(List<JobResult> results, String error) {

    /**
     * A {@link CheckResult} as plain values.
     *
     * @param findings     findings, sorted
     * @param filesChecked procedure files read
     * @param elapsedNanos wall time of the check, in nanoseconds
     * @param warnings     problems that did not stop the check
     */
    record JobResult(List<Finding> findings, int filesChecked, long elapsedNanos, List<String> warnings) {

        static JobResult of(CheckResult result) {
            return new JobResult(result.findings(), result.filesChecked(), result.elapsedNanos(), result.warnings());
        }

        CheckResult toResult() {
            return new CheckResult(findings, filesChecked, elapsedNanos, warnings);
        }
    }
}
