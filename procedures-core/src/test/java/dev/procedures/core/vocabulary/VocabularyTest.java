package dev.procedures.core.vocabulary;

import dev.procedures.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Period;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VocabularyTest {

    private final Vocabulary v = Vocabulary.defaults();

    private Optional<SectionKind> section(String heading) {
        return v.section(TextNormalizer.fold(heading));
    }

    @Test
    void longestAliasWins() {
        // "validacion final" and "validacion" both exist; "rollback completo" beats "rollback"
        assertEquals(Optional.of(SectionKind.VALIDATION), section("Validación Final"));
        assertEquals(Optional.of(SectionKind.ROLLBACK), section("Rollback Completo"));
        assertEquals(Optional.of(SectionKind.METRICS), section("Métricas y KPIs"));
        // "pasos de ejecucion" is an EXECUTION alias, longer than "pasos"
        assertEquals(Optional.of(SectionKind.EXECUTION), section("5. PASOS DE EJECUCIÓN"));
    }

    @Test
    void aliasMayBeFollowedBySpaceOrParenthesisOnly() {
        assertEquals(Optional.of(SectionKind.ROLLBACK), section("Rollback (si falla)"));
        assertEquals(Optional.of(SectionKind.ROLLBACK), section("Rollback de la base"));
        assertEquals(Optional.empty(), section("Rollbacks"));
        assertEquals(Optional.empty(), section("Pasos2"));
        assertEquals(Optional.empty(), section("Anexos"));
    }

    @Test
    void numberedHeadingsAreFound() {
        assertEquals(Optional.of(SectionKind.PURPOSE), section("1. PROPOSITO"));
        assertEquals(Optional.of(SectionKind.PURPOSE), section("1. PROPÓSITO"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CRITICA|CRITICA", "Crítica|CRITICA", "critical|CRITICA", "ALTA (revisar)|ALTA", "low|BAJA"})
    void criticalities(String written, Criticality expected) {
        assertEquals(Optional.of(expected), v.criticality(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "deployment|DEPLOYMENT", "despliegue|DEPLOYMENT", "Disaster-Recovery|DISASTER_RECOVERY",
            "mantenimiento (mensual)|MAINTENANCE"})
    void types(String written, ProcedureType expected) {
        assertEquals(Optional.of(expected), v.type(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "on-demand|ON_DEMAND", "por_demanda|ON_DEMAND", "On-demand (para validar plantilla)|ON_DEMAND",
            "Diaria|DIARIA", "por incidente|EMERGENCIA", "quarterly|TRIMESTRAL"})
    void frequencies(String written, Frequency expected) {
        assertEquals(Optional.of(expected), v.frequency(written));
    }

    @Test
    void unknownValuesAreEmpty() {
        assertEquals(Optional.empty(), v.criticality("URGENTE"));
        assertEquals(Optional.empty(), v.criticality("(ALTA)"));
        assertEquals(Optional.empty(), v.criticality(null));
        assertEquals(Optional.empty(), v.type("[deployment|rollback]"));
        assertEquals(Optional.empty(), v.frequency("cada tanto"));
    }

    @Test
    void fieldsByAnyAlias() {
        assertEquals(Optional.of(MetadataField.LAST_UPDATE), v.field("Última Actualización"));
        assertEquals(Optional.of(MetadataField.LAST_UPDATE), v.field("ultima_actualizacion"));
        assertEquals(Optional.of(MetadataField.DURATION), v.field("tiempo_estimado"));
        assertEquals(Optional.of(MetadataField.TYPE), v.field("categoria"));
        assertEquals(Optional.of(MetadataField.DOCUMENT_TYPE), v.field("tipo"));
        assertEquals(Optional.empty(), v.field("Tasa de Éxito"));
    }

    @Test
    void builderAddsAliases() {
        Vocabulary team = Vocabulary.builder()
                .fieldAlias(MetadataField.LAST_UPDATE, "fecha_revision")
                .sectionAlias(SectionKind.PURPOSE, "Alcance")
                .criticalityAlias(Criticality.CRITICA, "P1")
                .typeAlias(ProcedureType.DEPLOYMENT, "release")
                .frequencyAlias(Frequency.EMERGENCIA, "guardia")
                .build();
        assertEquals(Optional.of(MetadataField.LAST_UPDATE), team.field("Fecha-Revisión"));
        assertEquals("fecha revision", team.aliases(MetadataField.LAST_UPDATE).get(0), "team alias comes first");
        assertEquals(Optional.of(SectionKind.PURPOSE), team.section("alcance"));
        assertEquals(Optional.of(Criticality.CRITICA), team.criticality("p1"));
        assertEquals(Optional.of(ProcedureType.DEPLOYMENT), team.type("Release"));
        assertEquals(Optional.of(Frequency.EMERGENCIA), team.frequency("GUARDIA"));
        assertEquals(Optional.empty(), v.criticality("P1"), "the defaults are not changed");
    }

    @Test
    void sameAliasTwiceForTheSameTargetIsAccepted() {
        Vocabulary team = Vocabulary.builder().criticalityAlias(Criticality.CRITICA, "critical")
                .fieldAlias(MetadataField.ID, "id").build();
        assertEquals(Optional.of(Criticality.CRITICA), team.criticality("critical"));
    }

    @Test
    void aliasClashesAreErrors() {
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builder().fieldAlias(MetadataField.AUTHOR, "titulo"));
        assertEquals("alias 'titulo' already names field 'titulo'", field.getMessage());
        IllegalArgumentException section = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builder().sectionAlias(SectionKind.PURPOSE, "Rollback"));
        assertEquals("heading 'Rollback' already names section 'rollback'", section.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builder().criticalityAlias(Criticality.BAJA, "Alta"));
        assertEquals("alias 'Alta' already means criticality 'alta'", value.getMessage());
        IllegalArgumentException frequency = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builder().frequencyAlias(Frequency.DIARIA, "por_demanda"));
        assertEquals("alias 'por_demanda' already means frequency 'on_demand'", frequency.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.builder().typeAlias(ProcedureType.ROLLBACK,
                "**  **"));
    }

    @Test
    void reviewPeriods() {
        assertEquals(Period.ofMonths(3), v.reviewPeriod(Frequency.DIARIA));
        assertEquals(Period.ofMonths(3), v.reviewPeriod(Frequency.SEMANAL));
        assertEquals(Period.ofMonths(6), v.reviewPeriod(Frequency.MENSUAL));
        assertEquals(Period.ofYears(1), v.reviewPeriod(Frequency.TRIMESTRAL));
        assertEquals(Period.ofYears(1), v.reviewPeriod(Frequency.ON_DEMAND));
        assertEquals(Period.ofYears(1), v.reviewPeriod(Frequency.EMERGENCIA));
        Vocabulary team = Vocabulary.builder().reviewPeriod(Frequency.MENSUAL, Period.ofMonths(4)).build();
        assertEquals(Period.ofMonths(4), team.reviewPeriod(Frequency.MENSUAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builder().reviewPeriod(Frequency.MENSUAL, Period.ZERO));
        assertEquals("review period for 'mensual' must be positive", e.getMessage());
    }
}
