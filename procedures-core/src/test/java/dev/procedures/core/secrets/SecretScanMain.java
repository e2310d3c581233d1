package dev.procedures.core.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line entry for the evaluation script ({@code eval/secrets/run-eval.sh}): scans every
 * {@code .md} file under the given directories and prints one tab-separated line per match:
 * path (relative to its directory argument), line, column, detector id, kind, masked value. It
 * never prints a clear value. Not a test; run with {@code java -cp target/classes:target/test-classes}.
 */
public final class SecretScanMain {

    private SecretScanMain() {
    }

    /**
     * @param args directories (or files) to scan
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SecretScanner scanner = SecretScanner.defaults();
        for (String arg : args) {
            Path root = Path.of(arg);
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else {
                files.add(root);
            }
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String rel = Files.isDirectory(root) ? root.relativize(f).toString().replace('\\', '/') : f.toString();
                for (SecretMatch m : scanner.scan(text)) {
                    System.out.println(rel + "\t" + m.line() + "\t" + m.column() + "\t" + m.detectorId() + "\t" + m.kind()
                            + "\t" + m.maskedValue());
                }
            }
        }
    }
}
