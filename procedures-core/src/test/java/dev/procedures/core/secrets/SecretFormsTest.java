package dev.procedures.core.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forms of secrets written in runbooks beyond the basic shell and configuration forms: decomposed
 * accents, SQL user statements, Java/LDAP/RabbitMQ tools, {@code .pgpass} lines, YAML block
 * scalars, full-width colons; and look-alikes that are not values (Helm's {@code existingSecret},
 * prose labels after a flag). Each case asserts the exact line, column and detector.
 */
class SecretFormsTest {

    private static final SecretScanner SCANNER = SecretScanner.defaults();

    /** line:column:detector of every match. */
    private static List<String> found(String text) {
        return SCANNER.scan(text).stream().map(m -> m.line() + ":" + m.column() + ":" + m.detectorId()).toList();
    }

    static Stream<Arguments> secrets() {
        return Stream.of(
                // decomposed accents (NFD): positions stay those of the original text
                Arguments.of("NFD label", "x\n**Contrasen\u0303a:** Fm3kT9vLq3\n", "2:18:assignment"),
                Arguments.of("NFD prose", "La contrasen\u0303a es Fm3kT9vLq4\n", "1:19:prose"),
                Arguments.of("NFD table", "| Campo | Valor |\n|---|---|\n| Contrasen\u0303a | Fm3kT9vLq5 |\n", "3:17:table"),
                Arguments.of("NFD YAML", "contrasen\u0303a: Qz7vS27kLm\n", "1:14:assignment"),
                Arguments.of("NFD before the value on the line", "- cafe\u0301 contrasen\u0303a: Qz7vS27kLm\n",
                        "1:22:assignment"),
                // SQL
                Arguments.of("ALTER USER WITH PASSWORD", "ALTER USER app WITH PASSWORD 'Qz7vS28kLm';\n", "1:31:sql-password"),
                Arguments.of("CREATE USER IDENTIFIED BY", "CREATE USER 'app'@'%' IDENTIFIED BY 'Qz7vS29kLm';\n",
                        "1:38:sql-password"),
                Arguments.of("CREATE ROLE LOGIN PASSWORD", "CREATE ROLE app LOGIN PASSWORD 'Qz7vS28kLm';\n",
                        "1:33:sql-password"),
                // command-line tools
                Arguments.of("keytool -storepass", "keytool -list -keystore app.jks -storepass Qz7vS30kLm\n",
                        "1:44:keytool-password"),
                Arguments.of("keytool -keypass", "keytool -genkeypair -alias app -keypass Qz7vS31kLm -keystore a.jks\n",
                        "1:41:keytool-password"),
                Arguments.of("ldapsearch -w", "ldapsearch -x -D cn=admin,dc=corp -w Qz7vS57kLm -b dc=corp\n",
                        "1:38:ldap-password-flag"),
                Arguments.of("rabbitmqctl change_password", "rabbitmqctl change_password admin Qz7vS32kLm\n",
                        "1:35:rabbitmqctl-password"),
                Arguments.of(".pgpass line", "echo 'db:5432:pedidos:app:Qz7vS44kLm' >> ~/.pgpass\n", "1:27:pgpass-entry"),
                // YAML block scalar
                Arguments.of("YAML block scalar", "db:\n  password: |\n    Qz7vS53kLm\n", "3:5:yaml-block-scalar"),
                // full-width colon
                Arguments.of("full-width colon", "contraseña\uFF1AQz7vS58kLm\n", "1:12:assignment"),
                // a column of a table whose header names the secret
                Arguments.of("table column", "| Servicio | Usuario | Contraseña |\n|---|---|---|\n| pedidos | app | Qz7vS60kLm |\n",
                        "3:19:table-column"),
                Arguments.of("table column in backticks", "| Servicio | Password |\n|---|---|\n| cache | `Qz7vS61kLm` |\n",
                        "3:12:table-column"),
                // a lower-case value assigned in code
                Arguments.of("lower-case value in export", "export DB_PASSWORD=superqzsecretoqz\n", "1:20:assignment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void findsEveryForm(String form, String text, String expected) {
        assertEquals(List.of(expected), found(text), form);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ALTER USER app WITH PASSWORD '${APP_PASSWORD}';",
            "CREATE USER 'app'@'%' IDENTIFIED BY '<password>';",
            "keytool -list -keystore app.jks -storepass \"$KEYSTORE_PASSWORD\"",
            "keytool -list -keystore app.jks -storepass:env KEYSTORE_PASSWORD",
            "keytool -importcert -keystore $JAVA_HOME/lib/security/cacerts -storepass changeit -file ca.pem",
            "ldapsearch -x -D cn=admin,dc=corp -W -b dc=corp",
            "ldapsearch -x -D cn=admin,dc=corp -w \"$LDAP_PASSWORD\"",
            "rabbitmqctl change_password admin \"$RABBITMQ_PASSWORD\"",
            "echo \"db:5432:pedidos:app:${PGPASSWORD}\" >> ~/.pgpass",
            "chmod 600 ~/.pgpass",
            "db:\n  password: |\n    ${DB_PASSWORD}",
            "description: |\n  La contraseña se rota cada 90 días.",
            "contraseña\uFF1A<contraseña>",
            "export DB_PASSWORD=mypassword",
            "helm upgrade api ./chart --set auth.existingSecret=db-credentials",
            "helm upgrade api ./chart --set auth.existingSecretPasswordKey=password",
            "Caso --password space:",
            "Caso mysql --password quoted:",
            "- Contrasen\u0303a: solicitar al DBA de guardia.",
            "| Servicio | Contraseña |\n|---|---|\n| pedidos | `${PEDIDOS_DB_PASSWORD}` |\n| cache | ver vault |",
            "| Clave | Valor |\n|---|---|\n| api_url | https://x |\n| max_retries_2 | 3 |",
            "| Contraseña | Requisito |\n|---|---|\n| Longitud | Mínimo 12 caracteres |",
            "```\n| Servicio | Contraseña |\n|---|---|\n| x | xxxxxxxx |\n```"})
    void placeholdersAndLookAlikesAreNotFindings(String text) {
        assertEquals(List.of(), found(text + "\n"), text);
    }

    @Test
    void flagsInCodeStillCountNextToAProseLabel() {
        assertEquals(List.of("2:23:flag", "3:29:assignment"),
                found("Caso --password space:\n./rotar.sh --password Kd8wq2LmZx\nmysql --user=app --password=Qz9wLm2kPx\n"));
        assertEquals(List.of("1:24:flag"), found("./rotar.sh --password 'quoted:'\n"));
    }

    @Test
    void decomposedKeyReportsTheOriginalValueAndKey() {
        SecretMatch m = SCANNER.scan("contrasen\u0303a: Qz7vS27kLm\n").get(0);
        assertEquals(SecretValues.hash("Qz7vS27kLm"), m.valueHash());
        assertEquals("password", m.kind());
        assertEquals("${PASSWORD}", m.placeholder());
    }

    @Test
    void existingSecretIsNotASecretName() {
        assertFalse(SecretKeys.isSecretName("auth.existingSecret"));
        assertFalse(SecretKeys.isSecretName("existingSecretPasswordKey"));
        assertTrue(SecretKeys.isSecretName("auth.secret"));
    }
}
