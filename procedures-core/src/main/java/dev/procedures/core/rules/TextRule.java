package dev.procedures.core.rules;

/**
 * A per-file rule that also applies to the other Markdown files of a procedures folder (the README,
 * the template, notes): files that are not procedures but sit beside them and are read by the same
 * people. Implemented by rules whose concern is any text, such as {@code no-credentials}.
 */
public interface TextRule {

    /**
     * Checks the text of a Markdown file that is not a procedure.
     *
     * @param path     the path shown in findings
     * @param text     the decoded text
     * @param context  today, vocabulary and settings
     * @param reporter receives the findings
     */
    void checkText(String path, String text, RuleContext context, Reporter reporter);
}
