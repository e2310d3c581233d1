package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;

/**
 * What users see of a rule: the id they type in configuration and suppressions, its default
 * severity, a one-line description and a longer help text (also used as SARIF rule help).
 *
 * @param id              stable kebab-case id, for example {@code id-sequence}
 * @param defaultSeverity severity when the project does not configure one
 * @param description     one sentence: what the rule checks
 * @param help            how to fix a finding
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String description, String help) {
}
