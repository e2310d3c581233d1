package dev.procedures.core.text;

import dev.procedures.core.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link TextNormalizer#fold} takes a fast path for Latin-1 text; it must give exactly what the
 * general path (the regular expressions and Unicode normalisation) gives.
 */
class TextNormalizerFastPathTest {

    @Test
    void foldsLikeTheTeamReadsIt() {
        assertEquals("validacion", TextNormalizer.fold("**Validación:**"));
        assertEquals("pre requisitos", TextNormalizer.fold("5.2 Pre-requisitos"));
        assertEquals("cierre", TextNormalizer.fold("  iv. Cierre  "));
        assertEquals("por demanda", TextNormalizer.fold("Por_Demanda"));
        assertEquals("paso 3 verificar kubectl", TextNormalizer.fold("Paso 3 - Verificar `kubectl`"));
        assertEquals("nino", TextNormalizer.fold("NIÑO"));
        assertEquals("", TextNormalizer.fold("** :"));
        assertEquals("", TextNormalizer.fold(null));
    }

    @Test
    void fastPathEqualsGeneralPathOnEdgeCases() {
        String[] cases = {"", " ", "a", "  a  b\t\tc \n", "1. Objetivo", "12) Paso", "1.2.3.4.5 Fin", "1.2.3.4.5.6 Fin",
            "iv) Cierre", "ivxlcv. raro", "ivxlcvi. raro", "civil. sigue", "vi.", "vi. ", "x.y", "Tiempo:: ",
            "Clave : : ", "a*-*b", "a - b", "_a_", "--", "**", "`x`", "~~tachado~~", "<b>Negrita</b> clave",
            "a > b", "a<b", "ÀÉÎÕÜ ñ ç ß æ ø å ÿ µ", "\u00A0espacio duro\u00A0", "tab\u0001control", "\u001Cfs",
            "e\u0301 combinada", "guion — largo", "emoji \uD83D\uDE80", "İstanbul", "ΣΑΣ", "1.  ", "123 abc",
            "1234 abc", "1.1234 abc", "Paso 1:", "Validación:  :", "¿Qué?", "¡Ya!", "a\r\nb", "\u000Bv\fx"};
        for (String c : cases) {
            assertEquals(TextNormalizer.foldGeneral(c), TextNormalizer.fold(c), () -> "fold of [" + c + "]");
        }
    }

    @Test
    void fastPathEqualsGeneralPathOnRandomText() {
        String alphabet = "aeioubcdlvxmnrstzAEIOUVXLC0123456789 .)(:;,*`~_-<>/\t\n\r\u000B\f"
                + "áéíóúñüÁÉÍÓÚÑÜçßæøåÿµ\u00A0\u0001\u001F¿¡\u0301\u2014";
        Random random = new Random(42);
        for (int n = 0; n < 50_000; n++) {
            String text = RandomText.chars(random, random.nextInt(24), alphabet);
            assertEquals(TextNormalizer.foldGeneral(text), TextNormalizer.fold(text), () -> "fold of [" + text + "]");
        }
    }
}
