package dev.procedures.core.rules;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.reading.ProcedureReader;
import dev.procedures.core.secrets.SecretScanner;
import dev.procedures.core.secrets.SecretValues;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;
import dev.procedures.core.testing.SharedData;
import dev.procedures.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoCredentialsRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final NoCredentialsRule RULE = new NoCredentialsRule();

    /** Runs only this rule over a directory, capturing anything printed meanwhile. */
    private static Run check(Path base, Path dir, List<String> placeholderValues) throws ProceduresException {
        RuleContext context = new RuleContext(TODAY, Vocabulary.defaults(), placeholderValues, 30);
        CheckRequest request = new CheckRequest(base, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(),
                Set.of(), null, context, RuleSettings.defaults(), 1);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            CheckResult result = new ProcedureChecker(List.of(RULE)).check(request);
            return new Run(result.findings(), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Run(List<Finding> findings, String printed) {
        /** Every text a user or a report could see of these findings. */
        String allOutput() {
            StringBuilder sb = new StringBuilder(printed);
            for (Finding f : findings) {
                sb.append(f.format()).append('\n').append(f).append('\n');
            }
            return sb.toString();
        }

        List<String> lines() {
            return findings.stream().map(f -> f.path() + ":" + f.line()).toList();
        }
    }

    /** Findings of the rule on every Markdown file under a directory (procedures or not). */
    private static List<Finding> checkEveryFile(Path root) throws IOException {
        List<Finding> out = new ArrayList<>();
        ProcedureReader reader = new ProcedureReader(Vocabulary.defaults());
        SourceReader sources = new SourceReader(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            SourceText text;
            try {
                text = sources.read(f);
            } catch (UnreadableSourceException e) {
                throw new AssertionError("corpus file not readable: " + rel, e);
            }
            Procedure p = reader.read(f, rel, text);
            RULE.check(p, RuleContext.defaults(TODAY), (path, line, column, message, key) ->
                    out.add(new Finding(RULE.id(), RULE.descriptor().defaultSeverity(), path, line, column, message, key)));
        }
        return out;
    }

    @Test
    void toolsThatTakeAUserAndAPasswordNameTheUser() {
        SecretScanner scanner = SecretScanner.defaults();
        assertEquals("literal password in rabbitmqctl add_user/change_password for user 'admin' (value 'Qz********'); "
                        + "replace it with ${ADMIN_PASSWORD} or say where to get it (vault, secret manager), and rotate it",
                NoCredentialsRule.message(scanner.scan("rabbitmqctl change_password admin Qz7vS32kLm\n").get(0)));
        assertEquals("literal password in a .pgpass entry for user 'app' (value 'Qz********'); "
                        + "replace it with ${APP_PASSWORD} or say where to get it (vault, secret manager), and rotate it",
                NoCredentialsRule.message(scanner.scan("echo 'db:5432:pedidos:app:Qz7vS44kLm' >> ~/.pgpass\n").get(0)));
    }

    @Test
    void reportsSecretsInFrontMatterProseAndCodeWithMaskedValues() throws Exception {
        Path dir = Path.of("src/test/resources/no-credentials").toAbsolutePath();
        Run run = check(dir.getParent(), dir, List.of());
        assertEquals(List.of(
                "no-credentials/PROC-TEST-001-credenciales.md:5:12: error [no-credentials] literal token in 'api_token' "
                        + "(value 'Tk********'); replace it with ${API_TOKEN} or say where to get it (vault, secret "
                        + "manager), and rotate it",
                "no-credentials/PROC-TEST-001-credenciales.md:13:20: error [no-credentials] literal password in "
                        + "'contraseña' (value 'Rz********'); replace it with ${PASSWORD} or say where to get it (vault, secret manager), "
                        + "and rotate it",
                "no-credentials/PROC-TEST-001-credenciales.md:21:21: error [no-credentials] literal token in 'API_TOKEN' "
                        + "(value 'Ab********'); replace it with ${API_TOKEN} or say where to get it (vault, secret "
                        + "manager), and rotate it"),
                run.findings().stream().map(Finding::format).toList());
        for (String secret : List.of("Tk8q2LmZx9Wp", "Rz7k2LmQx8", "Ab3k9LmQx2Zp")) {
            assertFalse(run.allOutput().contains(secret.substring(2)), "value leaked");
        }
        assertEquals("", run.printed());
    }

    @Test
    void fingerprintDependsOnTheValueNotTheLine() {
        List<String> fingerprints = new ArrayList<>();
        for (String text : List.of("export API_TOKEN=Ab3k9LmQx2Zp\n", "\n\n\nexport API_TOKEN=Ab3k9LmQx2Zp\n",
                "export API_TOKEN=Zz3k9LmQx2Zp\n")) {
            Procedure p = new ProcedureReader(Vocabulary.defaults()).read(Path.of("PROC-X-001-a.md"), "PROC-X-001-a.md",
                    SourceText.of(text));
            RULE.check(p, RuleContext.defaults(TODAY), (path, line, column, message, key) -> fingerprints.add(key));
        }
        assertEquals(3, fingerprints.size());
        assertEquals(fingerprints.get(0), fingerprints.get(1));
        assertNotEquals(fingerprints.get(0), fingerprints.get(2));
        assertFalse(fingerprints.get(0).contains("Ab3k9LmQx2Zp"));
    }

    @Test
    void projectPlaceholderValuesExtendTheDefaults() throws Exception {
        Path dir = Path.of("src/test/resources/no-credentials").toAbsolutePath();
        Run run = check(dir.getParent(), dir, List.of("Tk8q2LmZx9Wp", "ab3k9lmqx2zp"));
        assertEquals(List.of("no-credentials/PROC-TEST-001-credenciales.md:13"), run.lines());
    }

    @Test
    void case16PlaceholdersAreNoFindings() throws Exception {
        Path dir = SharedData.require("cases/16-placeholders-no-false-positive");
        Run run = check(dir.getParent(), dir, List.of());
        assertEquals(List.of(), run.findings());
    }

    @Test
    void case17ExactlyTwoFindingsAndThePasswordsAppearNowhere() throws Exception {
        Path dir = SharedData.require("cases/17-credentials-in-url");
        Run run = check(dir.getParent(), dir, List.of());
        assertEquals(List.of("17-credentials-in-url/PROC-BACKEND-001-publicacion-artefactos.md:25",
                "17-credentials-in-url/PROC-BACKEND-001-publicacion-artefactos.md:29"), run.lines());
        assertEquals(List.of("literal password in a URL for user 'svc_publica' (value 'Hn********'); replace it with "
                        + "${SVC_PUBLICA_PASSWORD} or say where to get it (vault, secret manager), and rotate it",
                "literal password in a URL for user 'deployer' (value 'Vq********'); replace it with "
                        + "${DEPLOYER_PASSWORD} or say where to get it (vault, secret manager), and rotate it"),
                run.findings().stream().map(Finding::message).toList());
        // the values are read from the case itself, plain and percent-decoded
        String source = Files.readString(dir.resolve("PROC-BACKEND-001-publicacion-artefactos.md"));
        Matcher m = Pattern.compile("https://[^:/\\s]+:([^@\\s]+)@").matcher(source);
        Set<String> values = new TreeSet<>();
        while (m.find()) {
            values.add(m.group(1));
            values.add(SecretValues.percentDecode(m.group(1)));
        }
        assertEquals(3, values.size(), "two passwords, one of them percent-encoded");
        String output = run.allOutput();
        for (String v : values) {
            assertFalse(output.contains(v), "a password value appears in the output");
            assertFalse(output.contains(v.substring(2)), "most of a password value appears in the output");
        }
    }

    /**
     * The real corpus: the literal credentials are exactly these (test accounts and sample
     * passwords pasted into commands and code), and no {@code ${VAR}} use is reported. Example
     * values such as {@code your_secret_key_here}, {@code new_access_token_here},
     * {@code YOUR_REFRESH_TOKEN}, {@code TOKEN} and {@code username:password} are not credentials.
     */
    @Test
    void iactCorpusEveryLiteralCredentialAndNoPlaceholder() throws Exception {
        Path docs = SharedData.require("corpus/iact/docs");
        List<Finding> findings = checkEveryFile(docs);
        assertEquals(List.of(
                "gobernanza/procedimientos/PROCED-DEVOPS-001-deploy_staging.md:245",
                "gobernanza/procedimientos/PROCED-GOB-002-actualizar_documentacion.md:133",
                "gobernanza/procedimientos/PROCED-GOB-002-actualizar_documentacion.md:148",
                "gobernanza/procedimientos/PROCED-QA-001-ejecutar_tests.md:274",
                "gobernanza/procedimientos/PROCED-QA-001-ejecutar_tests.md:493"),
                findings.stream().map(f -> f.path() + ":" + f.line()).toList());
        Set<String> varLines = new TreeSet<>();
        try (Stream<Path> s = Files.walk(docs)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("${")) {
                        varLines.add(docs.relativize(f).toString().replace('\\', '/') + ":" + (i + 1));
                    }
                }
            }
        }
        assertFalse(varLines.isEmpty());
        for (Finding f : findings) {
            assertFalse(varLines.contains(f.path() + ":" + f.line()), f.format());
        }
    }

    /**
     * The synthetic corpus of the shared generator: every planted credential is reported at its
     * line, no placeholder line is, and no output contains a planted value.
     */
    @Test
    void syntheticCorpusEveryPlantedSecretAndNoLeak(@TempDir Path tmp) throws Exception {
        Path generator = SharedData.require("corpus/gen_corpus.py");
        Path out = tmp.resolve("corpus");
        Process p;
        try {
            p = new ProcessBuilder("python3", generator.toString(), "--count", "200", "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("gen.log").toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not available, skipping: " + e.getMessage());
            return;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("gen.log")));
        // the generator's ground truth: per file, "secrets" and "placeholders" lists of {line, kind, value}
        com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(tmp.resolve("corpus.manifest.json").toFile());
        Set<String> planted = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        List<String> values = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode f : manifest.path("files")) {
            String name = f.path("file").asText();
            for (com.fasterxml.jackson.databind.JsonNode secret : f.path("secrets")) {
                planted.add("corpus/" + name + ":" + secret.path("line").asInt());
                values.add(secret.path("value").asText());
            }
            for (com.fasterxml.jackson.databind.JsonNode placeholder : f.path("placeholders")) {
                placeholders.add("corpus/" + name + ":" + placeholder.path("line").asInt());
            }
        }
        assertFalse(planted.isEmpty(), "the generator planted no secret");
        assertFalse(placeholders.isEmpty(), "the generator planted no placeholder");
        Run run = check(tmp, out, List.of());
        Set<String> reported = new TreeSet<>(run.lines());
        assertEquals(planted, reported, "reported lines differ from the planted ones");
        for (String ph : placeholders) {
            assertFalse(reported.contains(ph), ph);
        }
        String output = run.allOutput();
        for (String v : values) {
            assertFalse(output.contains(v), "a planted value appears in the output");
            assertFalse(output.contains(v.substring(2)), "most of a planted value appears in the output");
        }
    }
}
