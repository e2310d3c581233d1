package dev.procedures.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locates the shared test data ({@code shared/} with {@code SPEC.md}, beside the repository) by
 * walking up from the working directory, and copies parts of it to temporary folders. Tests that
 * need it skip, with a message, when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** @return the shared data directory, if a parent of the working directory has it as sibling */
    public static Optional<Path> root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isRegularFile(candidate.resolve("SPEC.md"))) {
                return Optional.of(candidate);
            }
            if (Files.isRegularFile(dir.resolve("shared").resolve("SPEC.md"))) {
                return Optional.of(dir.resolve("shared"));
            }
        }
        return Optional.empty();
    }

    /**
     * @param relative a path inside the shared directory, for example {@code cases/01-crlf-line-endings}
     * @return the directory; skips the calling test when the shared data or that directory is absent
     */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "shared test data (../shared/SPEC.md) absent, skipping");
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "shared test data " + path + " absent, skipping");
        return path;
    }

    /**
     * Copies the regular files of a directory (not recursive), bytes unchanged.
     *
     * @param from source directory
     * @param to   target directory, created if needed
     * @return {@code to}
     */
    public static Path copyFiles(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves a directory of the shared data, skipping the calling test when it is absent.
     *
     * @param relative for example {@code cases/09-headings-inside-code-blocks}
     * @return the directory
     */
    public static Path requireDirectory(String relative) {
        return require(relative);
    }

    /**
     * Resolves a file of the shared data, skipping the calling test when it is absent.
     *
     * @param relative for example {@code corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md}
     * @return the file
     */
    public static Path requireFile(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "shared test data (../shared/SPEC.md) absent, skipping");
        Path file = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared test data " + file + " absent, skipping");
        return file;
    }

    /**
     * @return the repository root: the first parent of the working directory that holds {@code mvnw}
     */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with mvnw) not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
