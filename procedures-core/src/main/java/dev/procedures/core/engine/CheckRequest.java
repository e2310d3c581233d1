package dev.procedures.core.engine;

import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.rules.RuleContext;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one run over one procedure set needs.
 *
 * @param baseDirectory paths in findings are relative to it (the project base directory)
 * @param directory     the procedures directory
 * @param readme        the README with the index (need not exist)
 * @param encoding      encoding of the Markdown files
 * @param prefixes      id prefixes of procedure files; empty to take them from the files present
 * @param retired       ids declared retired
 * @param indexHeading  heading of the index section when the README has no markers
 * @param context       today, vocabulary, rule settings for the rules
 * @param rules         severity per rule
 * @param threads       worker threads for reading files (at least 1)
 */
public record CheckRequest(Path baseDirectory, Path directory, Path readme, Charset encoding, Set<String> prefixes,
                           Set<ProcedureId> retired, String indexHeading, RuleContext context, RuleSettings rules,
                           int threads) {

    /** Default heading of the index section, as the team README writes it. */
    public static final String DEFAULT_INDEX_HEADING = "Índice de Procedimientos";

    public CheckRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(readme, "readme");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(rules, "rules");
        prefixes = Set.copyOf(prefixes);
        retired = Set.copyOf(retired);
        if (indexHeading == null || indexHeading.isBlank()) {
            indexHeading = DEFAULT_INDEX_HEADING;
        }
        threads = Math.max(1, threads);
    }

    /**
     * The key of a result cache for this request: it changes whenever anything that can change a
     * per-file result changes (tool version, registered rules and their severities, vocabulary,
     * placeholder values, review warning days, the date that counts as today, the encoding).
     *
     * @param toolVersion the plugin version, with a build stamp for snapshots
     * @return a SHA-256 hex key
     */
    public String configurationKey(String toolVersion) {
        StringBuilder b = new StringBuilder();
        b.append("tool=").append(toolVersion).append('\n');
        dev.procedures.core.rules.RuleRegistry.descriptors().forEach(d -> b.append("rule=").append(d.id())
                .append(':').append(d.defaultSeverity().label()).append('\n'));
        b.append(rules.fingerprint());
        b.append(context.vocabulary().fingerprint());
        b.append("placeholders=").append(new java.util.TreeSet<>(context.placeholderValues())).append('\n');
        b.append("reviewWarningDays=").append(context.reviewWarningDays()).append('\n');
        b.append("today=").append(context.today()).append('\n');
        b.append("encoding=").append(encoding.name()).append('\n');
        return dev.procedures.core.io.Sha256.hex(b.toString());
    }
}
