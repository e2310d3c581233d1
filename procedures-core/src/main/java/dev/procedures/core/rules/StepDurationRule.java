package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Step;
import dev.procedures.core.text.DurationParser;
import dev.procedures.core.text.TextNormalizer;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code step-duration} (warning): every execution step states its estimated duration, a
 * {@code **Duración Estimada:**} label as in the team template, or a duration in parentheses in
 * the step heading ({@code ### Paso 2: Verificar CI (2 minutos)}). Split from
 * {@code step-validation} so that it can carry its own default severity (warning), as the
 * specification asks for a missing step duration.
 */
public final class StepDurationRule implements ProcedureRule {

    private static final Set<String> DURATION_LABELS = Set.of("duracion estimada", "duracion", "tiempo estimado",
            "tiempo", "estimated duration", "duration", "estimated time");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("step-duration", Severity.WARNING,
            "Every execution step states its estimated duration.",
            "Add '**Duración Estimada:** 5 minutos' below the step heading, or the duration in parentheses in "
                    + "the heading ('### Paso 2: Verificar servicios (5 minutos)').");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        MarkdownDocument doc = p.document();
        for (Step step : p.steps()) {
            if (ContentChecks.placeholderOnly(doc, step) || durationInHeading(step)) {
                continue;
            }
            Optional<Label> duration = ContentChecks.label(ContentChecks.stepLabels(doc, step), DURATION_LABELS);
            if (duration.isEmpty()) {
                reporter.report(p.path(), step.heading().line(), step.heading().column(), "'"
                        + step.heading().text() + "' has no estimated duration; add '**Duración Estimada:** N "
                        + "minutos' below the heading", step.number() + " " + TextNormalizer.fold(step.title()));
            }
        }
    }

    private static boolean durationInHeading(Step step) {
        Matcher m = PARENTHESIS.matcher(step.heading().text());
        while (m.find()) {
            if (DurationParser.parse(m.group(1)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
