package dev.procedures.core.rules;

/**
 * A rule that looks at the whole procedure set (ids across files, the README index). Runs once per
 * set, after every file has been read; it sees summaries, not syntax trees.
 */
public non-sealed interface CorpusRule extends Rule {

    /**
     * Checks the set.
     *
     * @param corpus   the procedure summaries and the README
     * @param context  today, vocabulary and settings
     * @param reporter receives the findings
     */
    void check(Corpus corpus, RuleContext context, Reporter reporter);
}
