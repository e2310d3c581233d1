package dev.procedures.core.secrets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link SecretScanner.Redactor#redactField(String)}: what the index and the cache keep of a title. */
class RedactFieldTest {

    private static final String TOKEN = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5";

    @Test
    void aValueFoundInTheFileIsMaskedWhereverTheFieldHoldsIt() {
        String text = "---\ntitulo: Acceso mysql -pTiPw5rTg6Yh a la base\n---\n";
        SecretScanner.Redactor redactor = SecretScanner.defaults().redactor(text);

        assertEquals("Acceso mysql -pTi******** a la base", redactor.redactField("Acceso mysql -pTiPw5rTg6Yh a la base"));
        // the value alone, as a title that repeats it elsewhere would hold it
        assertEquals("Reset de Ti********", redactor.redactField("Reset de TiPw5rTg6Yh"));
    }

    /**
     * A link target quoted in a message: the value as judged is masked although the text around it
     * in the file differs (the ')' closing the Markdown link, a path that goes on after it).
     */
    @Test
    void aValueInALinkTargetIsMaskedInAMessageThatQuotesTheTarget() {
        String text = "- [b](./PROC-BACKEND-010-x.md#api_key=FragKey34Ab)\n"
                + "- [d](./docs/token=DirTok78Ef/PROC-BACKEND-012-x.md)\n";
        SecretScanner.Redactor redactor = SecretScanner.defaults().redactor(text);

        assertEquals("link ./PROC-BACKEND-010-x.md#api_key=Fr******** does not resolve",
                redactor.redact("link ./PROC-BACKEND-010-x.md#api_key=FragKey34Ab does not resolve"));
        assertEquals("link ./docs/token=Di******** does not resolve: no file PROC-BACKEND-012-x.md in docs/token=Di********",
                redactor.redact("link ./docs/token=DirTok78Ef/PROC-BACKEND-012-x.md does not resolve: no file "
                        + "PROC-BACKEND-012-x.md in docs/token=DirTok78Ef"));
    }

    @Test
    void aValueTheFileWritesEscapedIsMaskedInTheDecodedField() {
        // Markdown writes "\_" for "_": the token is not whole in the file text, but the H1 text is
        String text = "# PROC-OPS-004: Token " + TOKEN.replace("_", "\\_") + "\n";
        SecretScanner.Redactor redactor = SecretScanner.defaults().redactor(text);
        String title = "Token " + TOKEN;

        assertEquals(title, redactor.redact(title), "the file's own values do not include it");
        assertEquals("Token gh********", redactor.redactField(title));
    }

    @Test
    void aFieldWithoutSecretIsTheSameString() {
        SecretScanner.Redactor redactor = SecretScanner.defaults().redactor("---\ntitulo: Rotación de certificados\n---\n");
        String title = "Rotación de certificados";

        assertSame(title, redactor.redactField(title));
        assertSame("", redactor.redactField(""));
    }

    @Test
    void theRunsPlaceholderValuesAreNoSecretInAFieldEither() {
        String title = "Acceso con password=Xy7kLp9QwZ";
        assertEquals("Acceso con password=Xy********",
                SecretScanner.defaults().redactor(title).redactField(title));
        SecretScanner.Redactor lenient = SecretScanner.withPlaceholders(List.of("Xy7kLp9QwZ")).redactor(title);
        assertSame(title, lenient.redactField(title));
    }
}
