package dev.procedures.core.config;

import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleRegistry;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.ProcedureType;
import dev.procedures.core.vocabulary.SectionKind;
import dev.procedures.core.vocabulary.Vocabulary;
import dev.procedures.core.text.TextNormalizer;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the string maps of a build configuration into core settings, validating every key and
 * value. Each map is keyed by the canonical name (field, section, value, frequency, rule id) and
 * holds a comma-separated list of aliases or one value.
 */
public final class TeamConfiguration {

    private TeamConfiguration() {
    }

    /**
     * Builds the team vocabulary.
     *
     * @param fieldAliases   field key ({@code ultima_actualizacion}) to extra names
     *                       ({@code fecha_actualizacion})
     * @param sectionAliases section key ({@code proposito}, {@code rollback}, ...) to extra headings
     * @param valueAliases   canonical value ({@code CRITICA}, {@code deployment}, {@code on-demand}) to
     *                       extra values ({@code por_demanda})
     * @param reviewPeriods  frequency ({@code mensual}) to an ISO-8601 period ({@code P6M})
     * @return the vocabulary: defaults plus these
     * @throws ConfigurationException naming the parameter for an unknown key, a bad period or an
     *                                alias that already means something else
     */
    public static Vocabulary vocabulary(Map<String, String> fieldAliases, Map<String, String> sectionAliases,
                                        Map<String, String> valueAliases, Map<String, String> reviewPeriods)
            throws ConfigurationException {
        Vocabulary.Builder b = Vocabulary.builder();
        for (var e : nonNull(fieldAliases).entrySet()) {
            MetadataField field = MetadataField.byKey(e.getKey());
            if (field == null) {
                throw new ConfigurationException("fieldAliases", "unknown field '" + e.getKey() + "'; known fields: "
                        + Arrays.stream(MetadataField.values()).map(MetadataField::key).collect(Collectors.joining(", ")));
            }
            for (String alias : split(e.getValue())) {
                apply("fieldAliases", () -> b.fieldAlias(field, alias));
            }
        }
        for (var e : nonNull(sectionAliases).entrySet()) {
            SectionKind kind = SectionKind.byKey(e.getKey());
            if (kind == null) {
                throw new ConfigurationException("sectionAliases", "unknown section '" + e.getKey() + "'; known sections: "
                        + Arrays.stream(SectionKind.values()).map(s -> s.key().replace(' ', '-'))
                        .collect(Collectors.joining(", ")));
            }
            for (String alias : split(e.getValue())) {
                apply("sectionAliases", () -> b.sectionAlias(kind, alias));
            }
        }
        for (var e : nonNull(valueAliases).entrySet()) {
            String key = TextNormalizer.fold(e.getKey());
            List<String> aliases = split(e.getValue());
            Criticality c = Arrays.stream(Criticality.values()).filter(v -> TextNormalizer.fold(v.name()).equals(key))
                    .findFirst().orElse(null);
            ProcedureType t = Arrays.stream(ProcedureType.values()).filter(v -> TextNormalizer.fold(v.key()).equals(key))
                    .findFirst().orElse(null);
            Frequency f = Arrays.stream(Frequency.values()).filter(v -> TextNormalizer.fold(v.key()).equals(key))
                    .findFirst().orElse(null);
            if (c == null && t == null && f == null) {
                throw new ConfigurationException("valueAliases", "unknown value '" + e.getKey()
                        + "'; use a criticidad (CRITICA, ALTA, MEDIA, BAJA), a categoria (deployment, rollback, "
                        + "maintenance, troubleshooting, scaling, disaster-recovery) or a frecuencia (diaria, semanal, "
                        + "mensual, trimestral, on-demand, emergencia)");
            }
            for (String alias : aliases) {
                if (c != null) {
                    apply("valueAliases", () -> b.criticalityAlias(c, alias));
                } else if (t != null) {
                    apply("valueAliases", () -> b.typeAlias(t, alias));
                } else {
                    apply("valueAliases", () -> b.frequencyAlias(f, alias));
                }
            }
        }
        for (var e : nonNull(reviewPeriods).entrySet()) {
            Frequency f = Frequency.byKey(e.getKey());
            if (f == null) {
                throw new ConfigurationException("reviewPeriods", "unknown frequency '" + e.getKey()
                        + "'; known: diaria, semanal, mensual, trimestral, on-demand, emergencia");
            }
            Period period;
            try {
                period = Period.parse(e.getValue().trim().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException | NullPointerException ex) {
                throw new ConfigurationException("reviewPeriods", "'" + e.getValue() + "' for '" + e.getKey()
                        + "' is not an ISO-8601 period such as P3M or P1Y");
            }
            apply("reviewPeriods", () -> b.reviewPeriod(f, period));
        }
        return b.build();
    }

    /**
     * Parses per-rule severities.
     *
     * @param rules rule id to {@code error}, {@code warning}, {@code info} or {@code off}
     * @return the settings
     * @throws ConfigurationException naming {@code rules} for an unknown id or severity
     */
    public static RuleSettings rules(Map<String, String> rules) throws ConfigurationException {
        try {
            return RuleSettings.parse(nonNull(rules), RuleRegistry.ids());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("rules", e.getMessage());
        }
    }

    /**
     * @param value a comma-separated list, may be {@code null}
     * @return its trimmed, non-empty items
     */
    public static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.trim().isEmpty()) {
                    items.add(s.trim());
                }
            }
        }
        return items;
    }

    private static Map<String, String> nonNull(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    private interface Step {
        void run();
    }

    private static void apply(String parameter, Step step) throws ConfigurationException {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(parameter, e.getMessage());
        }
    }
}
