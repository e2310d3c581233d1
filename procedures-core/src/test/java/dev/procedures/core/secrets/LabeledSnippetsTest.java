package dev.procedures.core.secrets;

import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written labelled runbook snippets of the evaluation set ({@code eval/secrets}): every
 * line labelled {@code secret} is reported, and nothing else (no placeholder line, no unlabelled
 * line). The eval script measures the same set side by side with secretlint; this test keeps the
 * figures from regressing in the normal build.
 */
class LabeledSnippetsTest {

    @Test
    void everyLabelledSecretAndNothingElse() throws Exception {
        Path eval = SharedData.repositoryRoot().resolve("eval/secrets");
        Set<String> expected = new TreeSet<>();
        Set<String> accepted = new TreeSet<>();
        int placeholders = 0;
        for (String row : Files.readAllLines(eval.resolve("labels.tsv"))) {
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            String[] c = row.split("\t", -1);
            if (c[2].equals("secret")) {
                expected.add(c[0] + ":" + c[1]);
                accepted.add(c[0] + ":" + c[1]);
                if (!c[4].isEmpty()) {
                    String[] range = c[4].split("-");
                    for (int l = Integer.parseInt(range[0]); l <= Integer.parseInt(range[1]); l++) {
                        accepted.add(c[0] + ":" + l);
                    }
                }
            } else {
                placeholders++;
            }
        }
        assertTrue(expected.size() >= 50 && placeholders >= 40, "labelled set too small");
        Set<String> found = new TreeSet<>();
        try (var files = Files.list(eval.resolve("snippets"))) {
            for (Path f : files.sorted().toList()) {
                for (SecretMatch m : SecretScanner.defaults().scan(Files.readString(f))) {
                    found.add(f.getFileName() + ":" + m.line());
                }
            }
        }
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        Set<String> falseAlarms = new TreeSet<>(found);
        falseAlarms.removeAll(accepted);
        assertEquals(List.of(), List.copyOf(missed), "labelled secrets not reported");
        assertEquals(List.of(), List.copyOf(falseAlarms), "reported lines not labelled secret");
    }
}
