package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.text.DurationParser;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.ProcedureType;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code metadata-values}: criticality, type and frequency are known values (aliases included),
 * {@code tipo} is {@code procedimiento}, and the estimated duration parses ({@code 15min},
 * {@code 1h 30min}, {@code 2 horas}). Values still holding a template placeholder ({@code XXmin},
 * {@code [CRITICA|ALTA|MEDIA|BAJA]}) are left to {@code template-leftovers}.
 */
public final class MetadataValuesRule implements ProcedureRule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("metadata-values", Severity.ERROR,
            "criticidad, categoria and frecuencia are known values and tiempo_estimado is a duration.",
            "Use one of the listed values (or configure an alias for the team's own word); write durations as "
                    + "'15min', '1h 30min' or '2h'.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        var vocabulary = context.vocabulary();
        p.metadata().get(MetadataField.CRITICALITY).ifPresent(v -> {
            if (vocabulary.criticality(v.text()).isEmpty()) {
                report(p, v, reporter, "unknown criticidad '" + v.text() + "'; expected one of "
                        + names(Criticality.values()));
            }
        });
        p.metadata().get(MetadataField.TYPE).ifPresent(v -> {
            if (vocabulary.type(v.text()).isEmpty()) {
                report(p, v, reporter, "unknown categoria '" + v.text() + "'; expected one of "
                        + Arrays.stream(ProcedureType.values()).map(ProcedureType::key).collect(Collectors.joining(", ")));
            }
        });
        p.metadata().get(MetadataField.FREQUENCY).ifPresent(v -> {
            if (vocabulary.frequency(v.text()).isEmpty()) {
                report(p, v, reporter, "unknown frecuencia '" + v.text() + "'; expected one of "
                        + Arrays.stream(Frequency.values()).map(Frequency::key).collect(Collectors.joining(", ")));
            }
        });
        p.metadata().get(MetadataField.DOCUMENT_TYPE).ifPresent(v -> {
            if (!v.text().trim().equalsIgnoreCase("procedimiento")) {
                report(p, v, reporter, "tipo is '" + v.text() + "'; a procedure has 'tipo: procedimiento' "
                        + "(the procedure type goes in 'categoria')");
            }
        });
        p.metadata().get(MetadataField.DURATION).ifPresent(v -> {
            Optional<java.time.Duration> d = DurationParser.parse(v.text());
            if (d.isEmpty()) {
                report(p, v, reporter, "tiempo_estimado '" + v.text() + "' is not a duration; write it as '15min', "
                        + "'1h 30min' or '2h'");
            }
        });
    }

    private static void report(Procedure p, MetadataValue v, Reporter reporter, String message) {
        if (TemplateLeftoversRule.isTemplatePlaceholder(v.text())) {
            return; // an unfilled template value: template-leftovers reports it
        }
        reporter.report(p.path(), v.line(), v.column(), message, v.field().key() + "=" + v.text());
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
