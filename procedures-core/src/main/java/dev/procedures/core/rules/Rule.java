package dev.procedures.core.rules;

/**
 * A check with a stable id. Implement {@link ProcedureRule} for checks of one file or
 * {@link CorpusRule} for checks across the whole procedure set, and register the class in
 * {@link RuleRegistry}.
 */
public sealed interface Rule permits ProcedureRule, CorpusRule {

    /** @return the rule's id, default severity and documentation */
    RuleDescriptor descriptor();

    /** @return the rule id, shortcut for {@code descriptor().id()} */
    default String id() {
        return descriptor().id();
    }
}
