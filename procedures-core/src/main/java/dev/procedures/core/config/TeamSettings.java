package dev.procedures.core.config;

import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The team's configuration as plain values, as the build file writes it: the one place they are
 * turned into a {@link RuleContext} and {@link RuleSettings}, both inside the build tool's process
 * and in a forked JVM that receives them as JSON.
 *
 * @param today             the date that counts as today, ISO-8601 ({@code 2026-11-29})
 * @param fieldAliases      see {@link TeamConfiguration#vocabulary}
 * @param sectionAliases    see {@link TeamConfiguration#vocabulary}
 * @param valueAliases      see {@link TeamConfiguration#vocabulary}
 * @param reviewPeriods     see {@link TeamConfiguration#vocabulary}
 * @param rules             rule id to severity, see {@link TeamConfiguration#rules}
 * @param placeholders      comma-separated example values never reported as credentials; may be
 *                          {@code null}
 * @param reviewWarningDays days before a review is due from which {@code review-date} warns
 */
public record TeamSettings(String today, Map<String, String> fieldAliases, Map<String, String> sectionAliases,
                           Map<String, String> valueAliases, Map<String, String> reviewPeriods,
                           Map<String, String> rules, String placeholders, int reviewWarningDays) {

    /**
     * @return the rule context: today, the vocabulary (defaults plus aliases and periods), the
     *         placeholder values and the warning days
     * @throws ConfigurationException naming the parameter when a value is invalid
     */
    public RuleContext ruleContext() throws ConfigurationException {
        if (reviewWarningDays < 0) {
            throw new ConfigurationException("procedures.reviewWarningDays", "must be 0 or more, was "
                    + reviewWarningDays);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(today == null ? "" : today.trim());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("procedures.today", "'" + today + "' is not an ISO date (YYYY-MM-DD)");
        }
        return new RuleContext(date, TeamConfiguration.vocabulary(fieldAliases, sectionAliases, valueAliases,
                reviewPeriods), TeamConfiguration.split(placeholders), reviewWarningDays);
    }

    /**
     * @return the severity of every rule
     * @throws ConfigurationException naming {@code rules} when an id or severity is unknown
     */
    public RuleSettings ruleSettings() throws ConfigurationException {
        return TeamConfiguration.rules(rules);
    }
}
