package dev.procedures.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the repository's example procedures folder for a test. */
final class ExampleFolder {

    private ExampleFolder() {
    }

    /**
     * @param work a temporary directory
     * @return a fresh copy of {@code examples/procedures} inside it
     * @throws IOException if copying fails
     */
    static Path copy(Path work) throws IOException {
        Path source = Path.of("..", "examples", "procedures").toAbsolutePath().normalize();
        Path target = work.resolve("procedures");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }
}
