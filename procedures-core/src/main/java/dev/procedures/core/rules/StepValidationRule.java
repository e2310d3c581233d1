package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Step;
import dev.procedures.core.text.TextNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code step-validation}: every execution step ({@code ### Paso N}, see {@link Procedure#steps()})
 * has a validation command and an expected result, as the team template asks of each step:
 * a {@code **Validación:**} label followed by a command (a code block or inline code, before the
 * next label of the step) and a {@code **Resultado Esperado:**} or {@code **Salida Esperada:**}
 * label with content. A step whose whole body is a template placeholder
 * ({@code [Repetir estructura...]}) is left to {@code template-leftovers}. The missing estimated
 * duration of a step is a separate rule, {@code step-duration}.
 */
public final class StepValidationRule implements ProcedureRule {

    /** Folded labels that introduce a step's validation. */
    static final Set<String> VALIDATION_LABELS = Set.of("validacion", "verificacion", "validation",
            "verification", "como validar");
    /** Folded labels that introduce a step's expected result. */
    static final Set<String> EXPECTED_LABELS = Set.of("resultado esperado", "salida esperada", "expected result",
            "expected output", "resultado", "criterio de exito", "criterios de exito", "success criteria");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("step-validation", Severity.ERROR,
            "Every execution step has a validation command ('**Validación:**' followed by a command) and an "
                    + "expected result ('**Resultado Esperado:**' or '**Salida Esperada:**').",
            "Below each '### Paso N', add '**Validación:**' followed by the command that proves the step "
                    + "worked (in a code block or inline code) and '**Resultado Esperado:**' or "
                    + "'**Salida Esperada:**' with what that command should show.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The fingerprint key of a step's findings: its number and folded title (built only for a finding). */
    private static String key(Step step) {
        return step.number() + " " + TextNormalizer.fold(step.title());
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        MarkdownDocument doc = p.document();
        for (Step step : p.steps()) {
            if (ContentChecks.placeholderOnly(doc, step)) {
                continue;
            }
            List<Label> labels = ContentChecks.stepLabels(doc, step);
            String name = "'" + step.heading().text() + "'";
            Optional<Label> validation = ContentChecks.label(labels, VALIDATION_LABELS);
            Optional<Label> expected = ContentChecks.label(labels, EXPECTED_LABELS);
            if (validation.isEmpty() && expected.isEmpty()) {
                reporter.report(p.path(), step.heading().line(), step.heading().column(), name
                        + " has no validation and no expected result; add '**Validación:**' followed by the command "
                        + "that proves the step worked, in a code block, and '**Resultado Esperado:**' with what it "
                        + "should show", "no-validation-no-expected-result:" + key(step));
                continue;
            }
            if (validation.isEmpty()) {
                reporter.report(p.path(), step.heading().line(), step.heading().column(), name
                        + " has no validation; add '**Validación:**' followed by the command that proves the step "
                        + "worked, in a code block", "no-validation:" + key(step));
            } else {
                Label v = validation.get();
                int end = ContentChecks.regionEnd(v, labels, step.endLine());
                if (!ContentChecks.hasCommand(doc, v, end)) {
                    reporter.report(p.path(), v.line(), v.column(), "'" + v.key() + "' of " + name
                            + " has no command; put the command that proves the step worked in a code block or "
                            + "inline code right after the label", "validation-without-command:" + key(step));
                }
            }
            if (expected.isEmpty()) {
                reporter.report(p.path(), step.heading().line(), step.heading().column(), name
                        + " has no expected result; add '**Resultado Esperado:**' or '**Salida Esperada:**' with "
                        + "what the validation should show", "no-expected-result:" + key(step));
            } else {
                boolean any = false;
                for (Label l : labels) {
                    if (EXPECTED_LABELS.contains(l.folded())
                            && ContentChecks.hasContent(doc, l, ContentChecks.regionEnd(l, labels, step.endLine()))) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    Label e = expected.get();
                    reporter.report(p.path(), e.line(), e.column(), "'" + e.key() + "' of " + name
                            + " is empty; write what the validation should show (text or a code block with the "
                            + "expected output)", "empty-expected-result:" + key(step));
                }
            }
        }
    }
}
