package dev.procedures.core.fork;

import dev.procedures.core.engine.CheckResult;

import java.util.List;

/**
 * What {@link ForkMain} writes: one result per job, or the message of the error that stopped it.
 *
 * @param results one per job of the request, in its order; empty when {@code error} is set
 * @param error   the message of a configuration or input error, or {@code null}
 */
record ForkResponse(List<CheckResult> results, String error) {

    ForkResponse {
        results = List.copyOf(results);
    }
}
