package dev.procedures.core.rules;

import dev.procedures.core.model.Procedure;

/**
 * A rule that looks at one procedure at a time. Implementations are stateless and thread-safe:
 * the engine calls them concurrently on different files.
 */
public non-sealed interface ProcedureRule extends Rule {

    /**
     * Checks one procedure.
     *
     * @param procedure the procedure
     * @param context   today, vocabulary and settings
     * @param reporter  receives the findings
     */
    void check(Procedure procedure, RuleContext context, Reporter reporter);
}
