package dev.procedures.core.report;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.rules.RuleDescriptor;
import dev.procedures.core.rules.RuleRegistry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a report shows about one {@code check} run.
 *
 * @param findings     the findings; kept sorted by {@link Finding#ORDER}, whatever order is given
 * @param rules        descriptors of the rules that ran (SARIF lists them as {@code rules});
 *                     findings may also carry ids that are not among them
 * @param filesChecked number of procedure files read, not negative
 * @param elapsedNanos wall time of the run in nanoseconds, not negative
 * @param toolVersion  version of the plugin, for example {@code 0.1.0}
 */
public record ReportInput(List<Finding> findings, List<RuleDescriptor> rules, int filesChecked,
                          long elapsedNanos, String toolVersion) {

    /**
     * @throws NullPointerException     if a list, an element or the version is null
     * @throws IllegalArgumentException if a count or the time is negative
     */
    public ReportInput {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        rules = List.copyOf(rules);
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (filesChecked < 0 || elapsedNanos < 0) {
            throw new IllegalArgumentException("filesChecked and elapsedNanos must not be negative");
        }
    }

    /**
     * Builds the input from a check result and the rules registered in {@link RuleRegistry}.
     *
     * @param result      the outcome of the run
     * @param toolVersion version of the plugin
     * @return the input
     */
    public static ReportInput of(CheckResult result, String toolVersion) {
        List<RuleDescriptor> descriptors = RuleRegistry.descriptors();
        return new ReportInput(result.findings(), descriptors, result.filesChecked(),
                result.elapsedNanos(), toolVersion);
    }

    /** @return the number of findings of each severity; every severity is a key, most serious first */
    public Map<Severity, Integer> countBySeverity() {
        EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** @return the number of findings of each rule id that has findings, sorted by rule id */
    public Map<String, Integer> countByRule() {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.ruleId(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
