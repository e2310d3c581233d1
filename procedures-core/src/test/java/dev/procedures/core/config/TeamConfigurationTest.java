package dev.procedures.core.config;

import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.rules.RuleRegistry;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.SectionKind;
import dev.procedures.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamConfigurationTest {

    private static ConfigurationException vocabularyError(Map<String, String> fields, Map<String, String> sections,
                                                          Map<String, String> values, Map<String, String> periods) {
        return assertThrows(ConfigurationException.class,
                () -> TeamConfiguration.vocabulary(fields, sections, values, periods));
    }

    @Test
    void appliesEveryMap() throws ConfigurationException {
        Vocabulary v = TeamConfiguration.vocabulary(
                Map.of("ultima_actualizacion", "fecha_revision, revisado"),
                Map.of("rollback", "Vuelta atrás"),
                Map.of("CRITICA", "P1", "on-demand", "cuando haga falta", "deployment", "release"),
                Map.of("mensual", "p4m"));
        assertEquals(Optional.of(MetadataField.LAST_UPDATE), v.field("revisado"));
        assertEquals(Optional.of(SectionKind.ROLLBACK), v.section("vuelta atras"));
        assertEquals(Optional.of(Criticality.CRITICA), v.criticality("p1"));
        assertEquals(Optional.of(Frequency.ON_DEMAND), v.frequency("Cuando haga falta"));
        assertEquals(Period.ofMonths(4), v.reviewPeriod(Frequency.MENSUAL));
    }

    @Test
    void nullMapsMeanDefaults() throws ConfigurationException {
        Vocabulary v = TeamConfiguration.vocabulary(null, null, null, null);
        assertEquals(Optional.of(Criticality.ALTA), v.criticality("high"));
    }

    @Test
    void unknownField() {
        ConfigurationException e = vocabularyError(Map.of("fecha", "x"), null, null, null);
        assertEquals("fieldAliases", e.parameter());
        assertTrue(e.getMessage().startsWith("fieldAliases: unknown field 'fecha'; known fields: id, tipo, categoria, "),
                e.getMessage());
    }

    @Test
    void fieldAliasClash() {
        ConfigurationException e = vocabularyError(Map.of("autor", "titulo"), null, null, null);
        assertEquals("fieldAliases", e.parameter());
        assertEquals("fieldAliases: alias 'titulo' already names field 'titulo'", e.getMessage());
    }

    @Test
    void unknownSection() {
        ConfigurationException e = vocabularyError(null, Map.of("epilogo", "Fin"), null, null);
        assertEquals("sectionAliases", e.parameter());
        assertTrue(e.getMessage().startsWith("sectionAliases: unknown section 'epilogo'; known sections: proposito, "),
                e.getMessage());
    }

    @Test
    void everySectionNameTheMessageListsIsAccepted() throws ConfigurationException {
        ConfigurationException e = vocabularyError(null, Map.of("epilogo", "Fin"), null, null);
        String list = e.getMessage().substring(e.getMessage().indexOf("known sections: ") + 16);
        for (String name : list.split(", ")) {
            Vocabulary v = TeamConfiguration.vocabulary(null, Map.of(name, "Alias de " + name), null, null);
            assertEquals(Optional.of(SectionKind.byKey(name)), v.section("alias de " + name.replace('-', ' ')), name);
        }
        Vocabulary v = TeamConfiguration.vocabulary(null, Map.of("pasos-de-ejecucion", "Ejecución paso a paso"),
                null, null);
        assertEquals(Optional.of(SectionKind.EXECUTION), v.section("ejecucion paso a paso"));
    }

    @Test
    void sectionAliasClash() {
        ConfigurationException e = vocabularyError(null, Map.of("proposito", "Rollback"), null, null);
        assertEquals("sectionAliases", e.parameter());
        assertEquals("sectionAliases: heading 'Rollback' already names section 'rollback'", e.getMessage());
    }

    @Test
    void unknownValue() {
        ConfigurationException e = vocabularyError(null, null, Map.of("URGENTE", "P0"), null);
        assertEquals("valueAliases", e.parameter());
        assertTrue(e.getMessage().startsWith("valueAliases: unknown value 'URGENTE'; use a criticidad (CRITICA, "),
                e.getMessage());
    }

    @Test
    void valueAliasClash() {
        ConfigurationException e = vocabularyError(null, null, Map.of("BAJA", "alta"), null);
        assertEquals("valueAliases", e.parameter());
        assertEquals("valueAliases: alias 'alta' already means criticality 'alta'", e.getMessage());
    }

    @Test
    void unknownFrequencyForReviewPeriod() {
        ConfigurationException e = vocabularyError(null, null, null, Map.of("anual", "P1Y"));
        assertEquals("reviewPeriods", e.parameter());
        assertEquals("reviewPeriods: unknown frequency 'anual'; known: diaria, semanal, mensual, trimestral, "
                + "on-demand, emergencia", e.getMessage());
    }

    @Test
    void badPeriod() {
        ConfigurationException e = vocabularyError(null, null, null, Map.of("mensual", "6 meses"));
        assertEquals("reviewPeriods", e.parameter());
        assertEquals("reviewPeriods: '6 meses' for 'mensual' is not an ISO-8601 period such as P3M or P1Y",
                e.getMessage());
    }

    @Test
    void zeroPeriod() {
        ConfigurationException e = vocabularyError(null, null, null, Map.of("mensual", "P0D"));
        assertEquals("reviewPeriods", e.parameter());
        assertEquals("reviewPeriods: review period for 'mensual' must be positive", e.getMessage());
    }

    @Test
    void rules() throws ConfigurationException {
        RuleSettings s = TeamConfiguration.rules(Map.of("semver", "warning", "id-sequence", "off"));
        assertEquals(Optional.of(Severity.WARNING), s.severity(RuleRegistry.byId("semver").orElseThrow().descriptor()));
        assertEquals(Optional.empty(), s.severity(RuleRegistry.byId("id-sequence").orElseThrow().descriptor()));
    }

    @Test
    void unknownRuleId() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> TeamConfiguration.rules(Map.of("no-such-rule", "error")));
        assertEquals("rules", e.parameter());
        assertTrue(e.getMessage().startsWith("rules: unknown rule id 'no-such-rule'; known rules: "), e.getMessage());
        assertTrue(e.getMessage().contains("id-sequence"), e.getMessage());
    }

    @Test
    void badSeverity() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> TeamConfiguration.rules(Map.of("semver", "fatal")));
        assertEquals("rules", e.parameter());
        assertEquals("rules: rule 'semver': unknown severity 'fatal' (expected error, warning, info or off)",
                e.getMessage());
    }

    @Test
    void splitTrimsAndDropsEmptyItems() {
        assertEquals(List.of("a", "b c"), TeamConfiguration.split(" a, ,b c ,"));
        assertEquals(List.of(), TeamConfiguration.split(null));
    }
}
