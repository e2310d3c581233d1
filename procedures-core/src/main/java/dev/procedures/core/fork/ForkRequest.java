package dev.procedures.core.fork;

import dev.procedures.core.config.TeamSettings;

import java.util.List;

/**
 * What {@link ForkMain} reads: the team settings, once, and the procedure sets to check with them.
 *
 * @param settings the team's configuration as plain values
 * @param jobs     the procedure sets, in order
 */
public record ForkRequest(TeamSettings settings, List<CheckJob> jobs) {

    public ForkRequest {
        jobs = List.copyOf(jobs);
    }
}
