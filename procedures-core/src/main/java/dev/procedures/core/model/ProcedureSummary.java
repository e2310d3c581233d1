package dev.procedures.core.model;

import dev.procedures.core.secrets.SecretScanner;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.ProcedureType;
import dev.procedures.core.vocabulary.Vocabulary;

import java.util.Objects;
import java.util.Optional;

/**
 * What corpus-level rules and the index need of one procedure. Small on purpose: the engine keeps
 * one per file and drops the parsed document.
 *
 * @param path        path shown in findings
 * @param fileName    the file name, the target of index links
 * @param fileId      the id at the start of the file name
 * @param declaredId  the id of the metadata ({@code id}), else of the H1 title
 * @param idLine      1-based line of the declared id (0 when absent)
 * @param title       the title ({@code titulo}, else the H1 text after the id), secrets masked
 * @param criticality the criticality, if known
 * @param type        the type, if known
 * @param frequency   the frequency, if known
 * @param duration    the estimated duration as written (secrets masked), or empty
 */
public record ProcedureSummary(String path, String fileName, Optional<ProcedureId> fileId,
                               Optional<ProcedureId> declaredId, int idLine, String title,
                               Optional<Criticality> criticality, Optional<ProcedureType> type,
                               Optional<Frequency> frequency, String duration) {

    /** A colon or dash between an id and a title. */
    private static final java.util.regex.Pattern LEADING_SEPARATOR = java.util.regex.Pattern.compile("^\\s*[:\\-–—]\\s*");

    /**
     * @return the id used in the index and in corpus checks: the file name id, else the declared
     *         one
     */
    public Optional<ProcedureId> id() {
        return fileId.isPresent() ? fileId : declaredId;
    }

    /**
     * Summarises a procedure. The free-text fields ({@code title}, {@code duration}) go into the
     * README index and the result cache, so any secret they hold is masked with the redactor of the
     * file's text, as {@code no-credentials} masks it in its messages; a title without a secret is
     * kept as written.
     *
     * @param p          the procedure
     * @param vocabulary the vocabulary to interpret enumerated values
     * @param redactor   the redactor of the procedure's text
     *                   ({@code SecretScanner.redactor(text)}, with the run's placeholder values)
     * @return the summary
     */
    public static ProcedureSummary of(Procedure p, Vocabulary vocabulary, SecretScanner.Redactor redactor) {
        Objects.requireNonNull(redactor, "redactor");
        Metadata m = p.metadata();
        Optional<ProcedureId> declared = m.text(MetadataField.ID).flatMap(ProcedureId::parse);
        int idLine = m.get(MetadataField.ID).map(MetadataValue::line).orElse(0);
        if (declared.isEmpty() && p.title().isPresent()) {
            declared = ProcedureId.atStart(p.title().get().text());
            idLine = p.title().get().line();
        }
        String title = m.text(MetadataField.TITLE).orElseGet(() -> p.title().map(h -> titleFromHeading(h.text()))
                .orElse(p.fileName()));
        String duration = m.text(MetadataField.DURATION).orElse("");
        return new ProcedureSummary(p.path(), p.fileName(), p.fileId(), declared, idLine,
                redactor.redactField(title.trim()),
                m.text(MetadataField.CRITICALITY).flatMap(vocabulary::criticality),
                m.text(MetadataField.TYPE).flatMap(vocabulary::type),
                m.text(MetadataField.FREQUENCY).flatMap(vocabulary::frequency),
                duration.isEmpty() ? duration : redactor.redactField(duration));
    }

    /**
     * Removes a leading id and separator from an H1 text: {@code PROC-BACKEND-001: Título} gives
     * {@code Título}.
     *
     * @param heading the H1 text
     * @return the title part
     */
    public static String titleFromHeading(String heading) {
        Optional<ProcedureId> id = ProcedureId.atStart(heading);
        if (id.isEmpty()) {
            return heading.trim();
        }
        String rest = heading.trim().substring(id.get().text().length());
        return LEADING_SEPARATOR.matcher(rest).replaceFirst("").trim();
    }
}
