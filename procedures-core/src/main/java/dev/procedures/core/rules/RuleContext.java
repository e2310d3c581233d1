package dev.procedures.core.rules;

import dev.procedures.core.vocabulary.Vocabulary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What rules may read besides the procedure: the date that counts as today, the team vocabulary
 * and rule settings.
 *
 * @param today              the date that counts as today (the clock, or {@code procedures.today})
 * @param vocabulary         the names the team writes
 * @param placeholderValues  values that are obvious examples, never real secrets
 *                           (for {@code no-credentials}), folded
 * @param reviewWarningDays  how many days before the review is due {@code review-date} warns
 */
public record RuleContext(LocalDate today, Vocabulary vocabulary, List<String> placeholderValues,
                          int reviewWarningDays) {

    public RuleContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(vocabulary, "vocabulary");
        placeholderValues = List.copyOf(placeholderValues);
    }

    /**
     * @param today the date that counts as today
     * @return a context with the default vocabulary and settings
     */
    public static RuleContext defaults(LocalDate today) {
        return new RuleContext(today, Vocabulary.defaults(), List.of(), 30);
    }
}
