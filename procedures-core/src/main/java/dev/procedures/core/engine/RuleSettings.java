package dev.procedures.core.engine;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.rules.Rule;
import dev.procedures.core.rules.RuleDescriptor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-project rule configuration: a severity per rule id, or the rule turned off.
 */
public final class RuleSettings {

    private final Map<String, Optional<Severity>> overrides;

    private RuleSettings(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** @return settings that keep every rule at its default severity */
    public static RuleSettings defaults() {
        return new RuleSettings(Map.of());
    }

    /**
     * Parses configuration values such as {@code error}, {@code warning}, {@code info} or {@code off}.
     *
     * @param values  rule id to value
     * @param knownIds the ids of registered rules
     * @return the settings
     * @throws IllegalArgumentException naming the rule id or value when one is unknown
     */
    public static RuleSettings parse(Map<String, String> values, Set<String> knownIds) {
        Map<String, Optional<Severity>> map = new HashMap<>();
        values.forEach((id, value) -> {
            String ruleId = id.trim();
            if (!knownIds.contains(ruleId)) {
                throw new IllegalArgumentException("unknown rule id '" + ruleId + "'; known rules: "
                        + String.join(", ", new java.util.TreeSet<>(knownIds)));
            }
            String v = value == null ? "" : value.trim();
            if (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("disabled")) {
                map.put(ruleId, Optional.empty());
            } else {
                try {
                    map.put(ruleId, Optional.of(Severity.parse(v)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rule '" + ruleId + "': unknown severity '" + value
                            + "' (expected error, warning, info or off)");
                }
            }
        });
        return new RuleSettings(map);
    }

    /**
     * @param rule a rule
     * @return its effective severity, or empty when it is off
     */
    public Optional<Severity> severity(Rule rule) {
        return severity(rule.descriptor());
    }

    /**
     * @param rule a rule or built-in finding descriptor
     * @return its effective severity, or empty when it is off
     */
    public Optional<Severity> severity(RuleDescriptor rule) {
        Optional<Severity> o = overrides.get(rule.id());
        return o != null ? o : Optional.of(rule.defaultSeverity());
    }

    /**
     * A stable text of the overrides, for cache keys.
     *
     * @return rule id to severity or {@code off}, sorted
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(overrides).forEach((k, v) -> b.append(k).append('=')
                .append(v.map(Severity::label).orElse("off")).append('\n'));
        return b.toString();
    }

    /**
     * @param rule a rule
     * @return whether the rule runs
     */
    public boolean enabled(Rule rule) {
        return severity(rule).isPresent();
    }
}
