package dev.procedures.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void composedAndDecomposedAccentsFoldAlike() {
        String nfc = Normalizer.normalize("Validación", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Validación", Normalizer.Form.NFD);
        assertEquals(11, nfd.length(), "the NFD input really is decomposed");
        assertEquals("validacion", TextNormalizer.fold(nfc));
        assertEquals("validacion", TextNormalizer.fold(nfd));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VALIDACIÓN|validacion",
            "Próxima Revisión|proxima revision",
            "Año ñandú|ano nandu",
            "**Criticidad:**|criticidad",
            "`Pasos` de *Ejecución*|pasos de ejecucion",
            "Rollback <em>Completo</em>|rollback completo",
            "## 1. PROPOSITO|## 1. proposito",
            "1. PROPOSITO|proposito",
            "5.2 Validación final|validacion final",
            "3) Rollback|rollback",
            "iv. Métricas|metricas",
            "por_demanda|por demanda",
            "por-demanda|por demanda",
            "Pre-Flight__Checks|pre flight checks",
            "tiempo_estimado|tiempo estimado",
            "'  Muchos   espacios\t '|muchos espacios",
            "Clave:::|clave",
    })
    void folds(String input, String expected) {
        assertEquals(expected, TextNormalizer.fold(input));
    }

    @Test
    void headingMarkersAreNotNumbering() {
        // the fold is applied to heading text, never to the '#' markers; a number that is the whole text stays
        assertEquals("2025", TextNormalizer.fold("2025"));
        assertEquals("1.0.0", TextNormalizer.fold("1.0.0"));
    }

    @Test
    void noBreakSpacesAreSpaces() {
        assertEquals("pasos de ejecucion", TextNormalizer.fold("Pasos\u00A0de\u202FEjecución"));
        assertEquals("rollback", TextNormalizer.fold("\u00A0Rollback\u00A0"));
        assertEquals("proposito", TextNormalizer.fold("1.\u00A0Propósito"));
    }

    @Test
    void nullAndEmptyFoldToEmpty() {
        assertEquals("", TextNormalizer.fold(null));
        assertEquals("", TextNormalizer.fold(""));
    }

    @Test
    void foldAccentsKeepsCase() {
        assertEquals("Ultima Actualizacion", TextNormalizer.foldAccents("Última Actualización"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Deployment a producción|deployment-a-produccion",
            "  Reinicio: API (v2)!  |reinicio-api-v2",
            "Año_Nuevo--Backup|ano-nuevo-backup",
    })
    void slugs(String title, String slug) {
        assertEquals(slug, TextNormalizer.slug(title));
    }

    @Test
    void pictographsInHeadingsAreDecorationNotWords() {
        assertEquals("troubleshooting", TextNormalizer.fold("\uD83D\uDD27 Troubleshooting"));
        assertEquals("rollback completo", TextNormalizer.fold("## \u26A0\uFE0F Rollback Completo".substring(3)));
    }
}
