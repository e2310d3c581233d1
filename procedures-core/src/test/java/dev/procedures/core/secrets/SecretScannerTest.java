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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretScannerTest {

    private static final SecretScanner SCANNER = SecretScanner.defaults();

    /** line:detector of every match. */
    private static List<String> found(String text) {
        return SCANNER.scan(text).stream().map(m -> m.line() + ":" + m.detectorId()).toList();
    }

    static Stream<Arguments> secrets() {
        return Stream.of(
                // shell
                Arguments.of("export", "# paso\nexport DB_PASSWORD=Xk29pq7Lmn\n", "2:assignment"),
                Arguments.of("inline env before a command", "PGPASSWORD=Tq84mzLw0p pg_dump -h db pedidos\n", "1:assignment"),
                Arguments.of("mysql -p quoted", "x\nmysql -u root -p'Tr0mb9kQz' -e 'SELECT 1'\n", "2:mysql-password-flag"),
                Arguments.of("mysql -pSECRET", "mysqldump -u backup -pH7dkq2Lmx pedidos\n", "1:mysql-password-flag"),
                Arguments.of("--password=", "mysql --user=app --password=Qz9wLm2kPx pedidos\n", "1:assignment"),
                Arguments.of("--password value", "./rotar.sh --password Kd8wq2LmZx --usuario x\n", "1:flag"),
                Arguments.of("docker login -p", "docker login reg.example -u deploy -p m4rQ8zLkw2\n", "1:login-password-flag"),
                Arguments.of("redis-cli -a", "redis-cli -h cache -a Rz8kq2LmWp ping\n", "1:redis-password-flag"),
                Arguments.of("sshpass -p", "sshpass -p 'Lp7xk2Qm9w' ssh op@bastion\n", "1:login-password-flag"),
                // a quote never closed on its line still opens a value
                Arguments.of("unclosed double quote", "export DB_PASSWORD=\"UnclosedShellPw90\n", "1:assignment"),
                Arguments.of("unclosed quote in JSON", "{\"password\": \"UnclosedJsonPw11}\n", "1:assignment"),
                Arguments.of("unclosed single quote before a command", "PGPASSWORD='UnclosedPgPw22 psql -h db\n",
                        "1:assignment"),
                Arguments.of("command continued over a backslash", "mysql -h db \\\n  -u admin \\\n  -pW8qk2LmZx9 pedidos\n",
                        "3:mysql-password-flag"),
                Arguments.of("value continued over a backslash", "a\nexport SERVICE_TOKEN=GOoSCfpwj\\\nHv5EQjy14Ucx\n",
                        "2:assignment"),
                Arguments.of("PowerShell $env:", "$env:DB_PASSWORD = \"Zk8q2LmWx9\"\n", "1:assignment"),
                Arguments.of("ConvertTo-SecureString", "$s = ConvertTo-SecureString \"Zk#q2LmWx9\" -AsPlainText -Force\n",
                        "1:powershell-securestring"),
                Arguments.of("Windows set", "set DB_PASSWORD=Wq8k2LmZx9\n", "1:assignment"),
                Arguments.of("kubectl --from-literal", "kubectl create secret generic x --from-literal=password=Pg4k2LmZx9\n",
                        "1:assignment"),
                // configuration files
                Arguments.of("env file", "DB_USER=app\nDB_PASSWORD=Wq8k2LmZx9\n", "2:assignment"),
                Arguments.of("YAML", "database:\n  user: app\n  password: Wq8k2LmZx9\n", "3:assignment"),
                Arguments.of("YAML Spanish key", "smtp:\n  contraseña: Ns8k2LmZx9\n", "2:assignment"),
                Arguments.of("YAML clave", "api:\n  clave_api: Ns8k2LmZx9\n", "2:assignment"),
                Arguments.of("JSON", "{\n  \"Database\": { \"User\": \"app\", \"Password\": \"Wq8k2LmZx9\" }\n}\n", "2:assignment"),
                Arguments.of("JSON in a curl body", "curl -d '{\"user\":\"qa1\",\"password\":\"Qa-pruebas1\"}' https://x\n",
                        "1:assignment"),
                Arguments.of("Python dict, short sample value", "    {'usuario': 'qa', 'clave': 'pw12'}\n", "1:assignment"),
                Arguments.of("INI", "[database]\npassword = Wq8k2LmZx9\n", "2:assignment"),
                Arguments.of("properties", "spring.datasource.password=Wq8k2LmZx9\n", "1:assignment"),
                Arguments.of("JDBC password=", "url=jdbc:postgresql://db:5432/app?user=app&password=Kx8k2LmZx9\n",
                        "1:assignment"),
                Arguments.of("compose list", "    environment:\n      - POSTGRES_PASSWORD=Wq8k2LmZx9\n", "2:assignment"),
                Arguments.of("compose map", "    environment:\n      DB_PASSWORD: Wq8k2LmZx9\n", "2:assignment"),
                Arguments.of("Dockerfile ENV", "FROM x\nENV DB_PASSWORD Wq8k2LmZx9\n", "2:dockerfile-env"),
                Arguments.of("Azure AccountKey=", "DefaultEndpointsProtocol=https;AccountName=f;AccountKey=YWJjZGVmZ2hpamtsbW5vcA==;"
                        + "EndpointSuffix=core.windows.net\n", "1:assignment"),
                Arguments.of("ADO.NET Password=", "Server=tcp:sql,1433;User ID=f;Password=Wq8k2LmZx9;Encrypt=True;\n",
                        "1:assignment"),
                Arguments.of("API key header", "curl -H \"X-Api-Key: Wq8k2LmZx9\" https://x\n", "1:assignment"),
                // URLs and headers
                Arguments.of("curl -u", "curl -u admin:Wq8k2LmZx9 https://api\n", "1:curl-user"),
                Arguments.of("Authorization Basic", "curl -H \"Authorization: Basic YWRtaW46V3E4azJMbVp4OQ==\" https://api\n",
                        "1:authorization-header"),
                Arguments.of("Authorization Bearer", "x\n\ncurl -H 'Authorization: Bearer Wq8k2LmZx9abcdef' https://api\n",
                        "3:authorization-header"),
                Arguments.of("postgresql URL", "psql \"postgresql://app:Wq8k2LmZx9@db:5432/app\"\n", "1:url-userinfo"),
                Arguments.of("redis URL without user", "redis-cli -u redis://:Wq8k2LmZx9@cache:6379/0 ping\n", "1:url-userinfo"),
                Arguments.of("percent-encoded URL password", "baseurl = https://svc:Pz8%23kQ2mWx@repo.example/rpm/\n",
                        "1:url-userinfo"),
                Arguments.of("URL in prose", "Si no responde, usar https://lector:Tr6wQ9zLp2Kd@espejo.example/pkgs/ temporalmente.\n",
                        "1:url-userinfo"),
                // token formats
                Arguments.of("AWS access key id", "export AWS_ACCESS_KEY_ID=AKIAQ2LMZX7WQ6K2LM7P\n", "1:aws-access-key-id"),
                Arguments.of("AWS secret access key", "aws_secret_access_key = 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\n",
                        "1:assignment"),
                Arguments.of("GitHub token", "git clone https://ghp_R7dK2mQx9LpV4sT8wN3bY6cF1hJ5gZ0aEuXi@github.com/o/r\n",
                        "1:github-token"),
                Arguments.of("GitLab token", "curl --header \"PRIVATE-TOKEN: glpat-Ab3dE5gH7jK9mN1pQ3sT\" https://gl\n",
                        "1:gitlab-token"),
                Arguments.of("Slack bot token", "curl -F token=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx\n",
                        "1:slack-token"),
                Arguments.of("Slack webhook", "curl -X POST https://hooks.slack.com/services/T0ABCDEF12/B0ABCDEF34/AbCdEfGhIjKlMnOpQrStUvWx\n",
                        "1:slack-webhook"),
                Arguments.of("JWT", "TOKEN_DE_PRUEBA eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV\n",
                        "1:jwt"),
                Arguments.of("Stripe key", "curl https://api.stripe.com/v1/charges -u sk_live_AbCdEfGhIjKlMnOpQrStUvWx:\n",
                        "1:stripe-key"),
                Arguments.of("Google API key", "?key=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW&x=1\n", "1:google-api-key"),
                Arguments.of("private key block", "```\n-----BEGIN RSA PRIVATE KEY-----\n"
                        + "MIIEowIBAAKCAQEA7m2Xk9Lq8Zp3Wv5Rt7Yu1Io0Pa9Sd8Fg7Hj6Kl5Zx4Cv3Bn2Mq1Wr\n"
                        + "-----END RSA PRIVATE KEY-----\n```\n", "2:private-key"),
                // prose
                Arguments.of("prose Spanish", "- La contraseña es Hx8k2LmZx9 y caduca.\n", "1:prose"),
                Arguments.of("prose backticks", "La contraseña del usuario admin es `hunter22`.\n", "1:prose"),
                Arguments.of("prose English", "The password is Hx8k2LmZx9 for staging.\n", "1:prose"),
                Arguments.of("label line", "- **Contraseña:** Hx8k2LmZx9\n", "1:assignment"),
                Arguments.of("prose clave", "La clave de acceso es Hx8k2LmZx9.\n", "1:prose"),
                Arguments.of("table row", "| Campo | Valor |\n|---|---|\n| Contraseña | `Hx8k2LmZx9` |\n", "3:table"),
                Arguments.of("echo to --password-stdin", "echo 'Hx8k2LmZx9' | docker login reg -u ci --password-stdin\n",
                        "1:stdin-password"),
                Arguments.of("htpasswd -b", "htpasswd -bc /etc/nginx/.htpasswd admin Hx8k2LmZx9\n", "1:htpasswd-batch"),
                Arguments.of(".netrc", "machine git.interno.example login deploy password Hx8k2LmZx9\n", "1:netrc-password"),
                Arguments.of("Vault token", "export VAULT_ADDR=https://vault\nvault login hvs.CAESIJ2Kx9LmQw8Zp4Rt7Yu1Io0Pa9Sd8Fg\n",
                        "2:vault-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void findsEveryForm(String form, String text, String expected) {
        assertEquals(List.of(expected), found(text), form);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "export DB_PASSWORD=\"${DB_PASSWORD}",
            "Contraseña: 'ver el vault del equipo",
            "password: \"<clave-api>",
            "export DB_PASSWORD=\"${DB_PASSWORD}\"",
            "export DB_PASSWORD=$DB_PASSWORD_PROD",
            "export DB_PASSWORD=\"$(vault kv get -field=password secret/db)\"",
            "export API_TOKEN=$(aws secretsmanager get-secret-value --secret-id x --query SecretString --output text)",
            "export REDIS_PASSWORD=\"$(kubectl get secret redis -o jsonpath='{.data.password}' | base64 -d)\"",
            "set DB_PASSWORD=%DB_PASSWORD_PROD%",
            "  password: \"{{ smtp_password }}\"",
            "  API_TOKEN: ${{ secrets.API_TOKEN }}",
            "  clave: <clave-api>",
            "  \"Password\": \"[password]\"",
            "  token: \"****\"",
            "  client_secret: XXX",
            "password = ...",
            "mysql -u root -p -e \"SHOW DATABASES;\"",
            "docker login reg -u deploy -p PASSWORD",
            "echo \"$T\" | docker login reg -u deploy --password-stdin",
            "./rotar.sh --token-file /etc/x/token",
            "curl -u \"${SVC_USER}:${SVC_TOKEN}\" https://api",
            "curl -u deploy:TOKEN https://api",
            "curl -u user:password https://api.interno.example",
            "curl -H \"Authorization: Bearer ${API_TOKEN}\" https://api",
            "curl -H \"Authorization: Bearer <token>\" https://api",
            "curl -H \"Authorization: Bearer $TOKEN\" https://api",
            "git clone https://${CI_USER}:${CI_TOKEN}@git.example/infra/tools.git",
            "git clone https://deploy:TOKEN@git.example/infra/tools.git",
            "git clone https://deploy:%24%7BCI_TOKEN%7D@git.example/infra/tools.git",
            "psql \"postgresql://${PGUSER}:${PGPASSWORD}@db:5432/pedidos\" -f migracion.sql",
            "curl -X POST https://hooks.slack.com/services/XXX \\",
            "curl -X POST https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
            "export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx",
            "printf 'SIGNING_SECRET=put_your_signing_secret_here\\n' >> .env",
            "  \"refresh_token\": \"sample_refresh_token_here\",",
            "  -d '{\"api_token\": \"MY_API_TOKEN\"}'",
            "SESSION_SECRET=your-session-secret",
            "STRIPE_WEBHOOK_SECRET=changeme # cambiar antes de desplegar",
            "- Usar la contraseña `your-password` del ejemplo.",
            "- La contraseña está en el vault `ops/breakglass`.",
            "- Contraseña: solicitar al DBA de guardia.",
            "- La contraseña temporal es: [XXXXX].",
            "- Buscar en el registro la palabra clave: \"rotar\" y anotarla.",
            "- Dónde pedir las credenciales: \"Consultar 1Password, bóveda Ops2\"",
            "- mi_clave_secreta: es solo un ejemplo",
            "- docs-token: https://example.org/docs/tokens",
            "3. La consulta compara password_digest=MD5(?) en la tabla de cuentas",
            "session_token = payload['session_token']",
            "api_token = resp.json()['api_token']",
            "password = settings.DB_PASSWORD",
            "export PGPASSWORD=\"${PEDIDOS_DB_PASSWORD}\"",
            "    password_file: /run/secrets/db_password",
            "ENV DB_PASSWORD_FILE /run/secrets/db_password",
            "   tokenizer: standard",
            "export DATABASE_URL=sqlite:///:memory:",
            "- Si falla la conexión, revisar que `${DB_PASSWORD}` existe en el entorno.",
            "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
            "curl http://localhost:8080/health",
            "Conceptos clave: rotación, mínimo privilegio.",
            "| Variable | Descripción |",
            "| token | string |",
            "palabras_clave: despliegue, rollback",
            "| `tokens` | `boolean` | `false` | Include the tokens. |",
            "  --maskSecrets      enable masking of secret values",
            "codesign --remove-signature app",
            "  PWD: '/home/operador'",
            "La entrada del token es `args[token.index]`.",
            "  registry.login({token: 'myregistrytoken'})",
            "| [PROC-DATA-160](./PROC-DATA-160-x.md) | Rotación de Credenciales de Redis Cache | disaster-recovery | 45min |",
            "| Contraseña | Mínimo 12 caracteres |",
            "vault kv put secret/app password=@password.txt",
            "curl ftp://anonymous:anonymous@ftp.example/pub/",
            "curl -H \"Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\"",
            "echo \"$REGISTRY_TOKEN\" | docker login reg -u ci --password-stdin"})
    void placeholdersAndReferencesAreNotFindings(String text) {
        assertEquals(List.of(), found(text + "\n"), text);
    }

    @Test
    void changemeCountsWhenNothingSaysToChangeIt() {
        assertEquals(List.of("1:assignment"), found("STRIPE_WEBHOOK_SECRET=changeme\n"));
    }

    @Test
    void configuredPlaceholderValuesAreNotFindings() {
        SecretScanner scanner = new SecretScanner(SecretDetectors.defaults(), List.of("Contraseña-De-Prueba"));
        assertEquals(List.of(), scanner.scan("password: contrasena_de_prueba\n"));
        assertEquals(1, scanner.scan("password: Wq8k2LmZx9\n").size());
    }

    @Test
    void reportsTheColumnOfTheValue() {
        SecretMatch m = SCANNER.scan("ab\n  password: Wq8k2LmZx9\n").get(0);
        assertEquals(2, m.line());
        assertEquals(13, m.column());
    }

    @Test
    void crlfLinesCountLikeLf() {
        assertEquals(List.of("3:assignment"), found("a\r\nb\r\nDB_PASSWORD=Wq8k2LmZx9\r\n"));
    }

    @Test
    void matchHoldsNoClearValue() {
        String secret = "Wq8k2LmZx9";
        SecretMatch m = SCANNER.scan("export DB_PASSWORD=" + secret + "\n").get(0);
        assertEquals("Wq********", m.maskedValue());
        assertEquals("DB_PASSWORD", m.key());
        assertEquals("password", m.kind());
        assertEquals("${DB_PASSWORD}", m.placeholder());
        assertFalse(m.toString().contains(secret), m.toString());
        assertFalse(m.toString().contains(secret.substring(2)), m.toString());
        assertEquals(SecretValues.hash(secret), m.valueHash());
        assertEquals(64, m.valueHash().length());
    }

    @Test
    void percentEncodedPasswordIsDecodedForTheHashAndNeverShown() {
        SecretMatch m = SCANNER.scan("https://svc:Pz8%23kQ2mWx@repo.example/\n").get(0);
        assertEquals(SecretValues.hash("Pz8#kQ2mWx"), m.valueHash());
        assertEquals("Pz********", m.maskedValue());
        assertEquals("svc", m.key());
        assertEquals("${SVC_PASSWORD}", m.placeholder());
    }

    @Test
    void aUserThatMayBeATokenIsMaskedToo() {
        List<SecretMatch> found = SCANNER.scan(
                "git clone https://ghp_R7dK2mQx9LpV4sT8wN3bY6cF1hJ5gZ0aEuXi:x-oauth-basic@github.com/o/r\n");
        assertEquals(List.of("github-token", "url-userinfo"), found.stream().map(SecretMatch::detectorId).toList());
        for (SecretMatch m : found) {
            assertFalse(m.toString().contains("R7dK2mQx9LpV4sT8wN3bY6cF1hJ5gZ0aEuXi"), m.toString());
        }
        assertEquals("gh********", found.get(1).key());
    }

    @Test
    void shortValuesShowNoPrefix() {
        assertEquals("********", SecretValues.mask("pass"));
        assertEquals("ab********", SecretValues.mask("abcdefgh"));
    }

    @Test
    void sameValueSameHashOtherValueOtherHash() {
        assertEquals(SecretValues.hash("a1b2c3d4"), SecretValues.hash("a1b2c3d4"));
        assertNotEquals(SecretValues.hash("a1b2c3d4"), SecretValues.hash("a1b2c3d5"));
    }

    @Test
    void percentDecodingNeverThrows() {
        assertEquals("a%zzb%4", SecretValues.percentDecode("a%zzb%4"));
        assertEquals("ñ@", SecretValues.percentDecode("%C3%B1%40"));
    }

    @Test
    void secretNamesInEnglishAndSpanish() {
        for (String n : List.of("DB_PASSWORD", "PGPASSWORD", "clientSecret", "x-api-key", "AccountKey", "contraseña",
                "clave_api", "MYSQL_PWD", "db.pass", "SECRETO", "api_token", "usuario_clave", "clave")) {
            assertTrue(SecretKeys.isSecretName(n), n);
        }
        for (String n : List.of("PASSWORD_FILE", "token_url", "secretName", "AWS_ACCESS_KEY_ID", "tokenizer", "bypass",
                "OLDPWD", "keyboard", "primary_key", "password_hash", "palabras_clave", "metricas_clave",
                "clave_publica")) {
            assertFalse(SecretKeys.isSecretName(n), n);
        }
    }

    @Test
    void commandMustBeWrittenAsSuchNotWithAnAccent() {
        // "curl" + U+0301 composes to "curĺ": not the curl command
        assertEquals(List.of(), found("curl\u0301 -u admin:Qz9wLm2kPx\n"));
        assertEquals(List.of("1:curl-user"), found("curl -u admin:Qz9wLm2kPx\n"));
        // "machine" with a composed final letter is not a .netrc entry
        assertEquals(List.of(), found("machine\u0303 x password Xq7pLm2Rt9\n"));
    }

    @Test
    void tableColumnWordMatchedAsItsPatternFoldsCase() {
        // the table-column pattern is case-insensitive in Unicode: U+0131 (dotless i) is an i
        // and U+017F (long s) an s, so these headers make the Credencial column be scanned
        assertEquals(List.of("3:table-column"), found("| Credencial | ap\u0131key |\n|---|---|\n| Xq7pLm2Rt9 | x |\n"));
        assertEquals(List.of("3:table-column"),
                found("| Credencial | pa\u017F\u017Fword |\n|---|---|\n| Xq7pLm2Rt9 | x |\n"));
    }

    @Test
    void blockScalarsScannedOnlyWhenTheTextAsWrittenHoldsTheirMarker() {
        // ": |" only once the backslash continuation is joined: the text does not hold it
        assertEquals(List.of(), found("x: \\\n|\nclave:  |\n  Xq7pLm2Rt9\n"));
        // ": >" followed by U+0338 composes to ": \u226F" in the line, but the text holds ": >"
        assertEquals(List.of("3:yaml-block-scalar"), found("a: >\u0338\nclave:  |\n  Xq7pLm2Rt9\n"));
    }
}
