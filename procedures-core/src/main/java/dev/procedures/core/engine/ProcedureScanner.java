package dev.procedures.core.engine;

import dev.procedures.core.model.ProcedureId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the procedure files of a directory (not recursive). A procedure file is a Markdown file
 * whose name starts with an id, {@code PREFIX-NNN-slug.md} (or {@code PREFIX-NNN.md}). The README,
 * the template and reports ({@code REPORTE-...-PROCED-GOB-009.md}, whose name ends with an id
 * instead of starting with one) are not procedures.
 *
 * <p>Prefixes come from configuration or, when none is configured, from the files whose names
 * have an id followed by a slug; a file without slug counts only when its prefix is one of those.
 */
public final class ProcedureScanner {

    /**
     * Lists the procedure files.
     *
     * @param directory  the directory
     * @param readme     the README, excluded
     * @param prefixes   configured prefixes, or empty to infer them
     * @return the procedure files sorted by name
     * @throws IOException if the directory cannot be listed
     */
    public List<Path> scan(Path directory, Path readme, Set<String> prefixes) throws IOException {
        List<Path> markdown = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !sameFile(p, readme))
                    .forEach(markdown::add);
        }
        Set<String> known = new HashSet<>();
        for (String p : prefixes) {
            known.add(p.trim().toUpperCase(Locale.ROOT));
        }
        if (known.isEmpty()) {
            for (Path p : markdown) {
                String name = stem(p);
                ProcedureId.atStart(name).filter(id -> name.length() > id.text().length()
                        && name.charAt(id.text().length()) == '-').ifPresent(id -> known.add(id.prefix().toUpperCase(Locale.ROOT)));
            }
        }
        List<Path> result = new ArrayList<>();
        for (Path p : markdown) {
            Optional<ProcedureId> id = ProcedureId.atStart(stem(p));
            if (id.isPresent() && known.contains(id.get().prefix().toUpperCase(Locale.ROOT))) {
                result.add(p);
            }
        }
        result.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return result;
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
