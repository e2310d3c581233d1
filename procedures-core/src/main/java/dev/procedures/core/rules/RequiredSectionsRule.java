package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.vocabulary.SectionKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code required-sections}: the procedure has the sections the acceptance criteria of the team
 * README ask for: prerequisites, execution steps, validation, rollback, troubleshooting and version
 * history. A section counts when a heading of level 2 or lower (outside code, ATX or setext)
 * matches one of the section's headings in the vocabulary, compared folded (accents, case,
 * numbering such as {@code ## 5. ROLLBACK} do not matter).
 *
 * <p>Validation also counts when the procedure validates step by step: a {@code **Validación:**}
 * label (or any label naming the validation section, such as {@code **Verificación:**}) outside
 * code, as the team template writes in each step.
 *
 * <p>One finding per missing section, at the closing line of the front matter (line 1 without
 * front matter), listing the headings that are accepted. Stateless and thread-safe.
 */
public final class RequiredSectionsRule implements ProcedureRule {

    /** The sections every procedure must have, in template order. */
    public static final List<SectionKind> REQUIRED = List.of(SectionKind.PREREQUISITES, SectionKind.EXECUTION,
            SectionKind.VALIDATION, SectionKind.ROLLBACK, SectionKind.TROUBLESHOOTING, SectionKind.VERSION_HISTORY);

    /** The heading the team template writes for each required section. */
    private static final Map<SectionKind, String> TEMPLATE_HEADING = Map.of(
            SectionKind.PREREQUISITES, "Prerequisitos",
            SectionKind.EXECUTION, "Pasos de Ejecución",
            SectionKind.VALIDATION, "Validación Final",
            SectionKind.ROLLBACK, "Rollback Completo",
            SectionKind.TROUBLESHOOTING, "Troubleshooting",
            SectionKind.VERSION_HISTORY, "Historial de Versiones");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("required-sections", Severity.ERROR,
            "The procedure has sections for prerequisites, execution steps, validation, rollback, troubleshooting "
                    + "and version history.",
            "Add the missing section with the heading of the team template ('## Prerequisitos', '## Pasos de "
                    + "Ejecución', '## Validación Final', '## Rollback Completo', '## Troubleshooting', '## Historial "
                    + "de Versiones') or one of its accepted variants; headings inside code blocks do not count.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        int line = p.document().frontMatter().map(fm -> Math.max(fm.endLine(), 1)).orElse(1);
        for (SectionKind kind : REQUIRED) {
            if (!p.sections(kind).isEmpty()) {
                continue;
            }
            if (kind == SectionKind.VALIDATION && validationLabel(p, context).isPresent()) {
                continue;
            }
            String accepted = String.join(", ", context.vocabulary().aliases(kind));
            String extra = kind == SectionKind.VALIDATION ? ", or a '**Validación:**' line in each step" : "";
            reporter.report(p.path(), line, 0, "missing section '" + TEMPLATE_HEADING.get(kind) + "'; add a '## "
                    + TEMPLATE_HEADING.get(kind) + "' heading (accepted headings, compared without accents, case "
                    + "or numbering: " + accepted + ")" + extra, "missing:" + kind.key());
        }
    }

    private static Optional<Label> validationLabel(Procedure p, RuleContext context) {
        return p.document().labels().stream()
                .filter(l -> context.vocabulary().section(l.folded()).filter(k -> k == SectionKind.VALIDATION)
                        .isPresent())
                .findFirst();
    }
}
