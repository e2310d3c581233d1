package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.secrets.SecretMatch;
import dev.procedures.core.secrets.SecretScanner;

/**
 * {@code no-credentials}: a procedure never contains a literal secret, anywhere in the file (front
 * matter and code blocks included). Detection is done by {@link SecretScanner} over the whole
 * source text; this rule only turns its matches into findings.
 *
 * <p>The message names the key and the kind of secret, shows the value masked (at most its first
 * two characters, then a fixed mask) and suggests the placeholder to write instead. The
 * fingerprint is a hash of the value, never the value. Example values that are not secrets are
 * {@link SecretScanner#DEFAULT_PLACEHOLDER_VALUES} plus the project's
 * {@link RuleContext#placeholderValues()}.
 */
public final class NoCredentialsRule implements ProcedureRule, TextRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("no-credentials", Severity.ERROR,
            "No literal secret (password, token, API key, private key, credentials in a URL or header) anywhere in "
                    + "the procedure, code blocks included.",
            "Remove the value and reference it instead: an environment variable such as ${DB_PASSWORD}, or where "
                    + "to get it (a vault or secret manager). Rotate the secret: it is in the history. Obvious "
                    + "example values can be declared as placeholder values in the plugin configuration.");

    /** Detectors whose key is the user of a {@code user:password} pair. */
    private static final java.util.Set<String> USER_FORMS = java.util.Set.of("url-userinfo", "curl-user",
            "smbclient-user", "rabbitmqctl-password", "pgpass-entry");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure procedure, RuleContext context, Reporter reporter) {
        checkText(procedure.path(), procedure.document().source().text(), context, reporter);
    }

    /**
     * Also scans the README, the template and any other Markdown file of the folder: a password in
     * the README leaks as surely as one in a procedure.
     */
    @Override
    public void checkText(String path, String text, RuleContext context, Reporter reporter) {
        SecretScanner scanner = SecretScanner.withPlaceholders(context.placeholderValues());
        for (SecretMatch match : scanner.scan(text)) {
            reporter.report(path, match.line(), match.column(), message(match), "secret:" + match.valueHash());
        }
    }

    /**
     * @param match a secret match
     * @return the finding message: key, kind, masked value and the placeholder to use
     */
    static String message(SecretMatch match) {
        String where;
        if (match.key().equals(match.kind())) {
            where = "";
        } else if (USER_FORMS.contains(match.detectorId())) {
            where = " for user '" + match.key() + "'";
        } else {
            where = " in '" + match.key() + "'";
        }
        return "literal " + match.kind() + where + " (value '" + match.maskedValue() + "'); replace it with "
                + match.placeholder() + " or say where to get it (vault, secret manager), and rotate it";
    }
}
