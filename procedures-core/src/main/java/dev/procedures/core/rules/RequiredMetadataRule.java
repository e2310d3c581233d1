package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.vocabulary.MetadataField;

import java.util.List;

/**
 * {@code required-metadata}: id, title, type, criticality, frequency, duration, version and last
 * update are present, in the front matter or as bold labels under the title. The title may also
 * come from the H1 heading ({@code # PROC-BACKEND-001: Título}). When the front matter does not
 * parse, only {@code front-matter} reports (a field cannot be called missing from broken YAML).
 */
public final class RequiredMetadataRule implements ProcedureRule {

    /** The fields every procedure must state. */
    public static final List<MetadataField> REQUIRED = List.of(MetadataField.ID, MetadataField.TITLE,
            MetadataField.TYPE, MetadataField.CRITICALITY, MetadataField.FREQUENCY, MetadataField.DURATION,
            MetadataField.VERSION, MetadataField.LAST_UPDATE);

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("required-metadata", Severity.ERROR,
            "The procedure states id, titulo, categoria, criticidad, frecuencia, tiempo_estimado, version and "
                    + "ultima_actualizacion.",
            "Add the missing key to the front matter, for example 'criticidad: ALTA'. Aliases (English names, "
                    + "team variants) are accepted and can be configured.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure procedure, RuleContext context, Reporter reporter) {
        if (procedure.document().frontMatter().map(fm -> !fm.parsed()).orElse(false)) {
            return; // the front-matter rule reports the syntax error; nothing can be said to be missing
        }
        int line = procedure.document().frontMatter().map(fm -> fm.startLine()).orElse(1);
        for (MetadataField field : REQUIRED) {
            if (procedure.metadata().ambiguous().contains(field)) {
                continue;
            }
            if (field == MetadataField.TITLE && procedure.title()
                    .map(h -> !dev.procedures.core.model.ProcedureSummary.titleFromHeading(h.text()).isEmpty())
                    .orElse(false)) {
                continue;
            }
            if (procedure.metadata().get(field).isEmpty()) {
                reporter.report(procedure.path(), line, 1, "missing metadata '" + field.key()
                        + "'; add it to the front matter", field.key());
            }
        }
    }
}
