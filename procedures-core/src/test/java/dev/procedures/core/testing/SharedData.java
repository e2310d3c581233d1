package dev.procedures.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared test data ({@code shared/}: SPEC.md, cases, corpus) that lives beside the
 * repository, not in it: walks up from the working directory (the module directory under Maven)
 * until a directory has a sibling {@code shared/} holding {@code SPEC.md}.
 */
public final class SharedData {

    private SharedData() {
    }

    /** @return the shared directory, if present */
    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path parent = dir.getParent();
            if (parent != null && Files.isRegularFile(parent.resolve("shared").resolve("SPEC.md"))) {
                return Optional.of(parent.resolve("shared"));
            }
            dir = parent;
        }
        return Optional.empty();
    }

    /**
     * Resolves a path inside the shared directory, skipping the calling test (JUnit assumption)
     * when the shared directory or the path is absent.
     *
     * @param relative for example {@code cases/17-credentials-in-url}
     * @return the existing path
     */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "shared test data (../shared with SPEC.md) absent, skipping");
        Path p = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared/" + relative + " absent, skipping");
        return p;
    }

    /**
     * @return the repository root: the directory that holds the module directories
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
