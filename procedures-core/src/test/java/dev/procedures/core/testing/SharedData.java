package dev.procedures.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared real inputs ({@code shared/corpus}, {@code shared/cases}) that live beside the
 * repository, never inside it: walks up from the working directory (the module directory under
 * Maven) until a directory has a sibling {@code shared/} holding {@code SPEC.md}.
 */
public final class SharedData {

    private SharedData() {
    }

    /** @return the shared directory, if found */
    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared");
            if (d.getParent() != null && Files.isRegularFile(candidate.resolve("SPEC.md"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a directory of the shared data, skipping the calling test when it is absent.
     *
     * @param relative for example {@code cases/09-headings-inside-code-blocks}
     * @return the directory
     */
    public static Path requireDirectory(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "shared data directory (../shared with SPEC.md) absent, skipping");
        Path dir = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared " + relative + " absent, skipping");
        return dir;
    }

    /**
     * Resolves a file of the shared data, skipping the calling test when it is absent.
     *
     * @param relative for example {@code corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md}
     * @return the file
     */
    public static Path requireFile(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "shared data directory (../shared with SPEC.md) absent, skipping");
        Path file = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared " + relative + " absent, skipping");
        return file;
    }
}
