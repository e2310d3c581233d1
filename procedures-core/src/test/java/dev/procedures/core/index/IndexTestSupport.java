package dev.procedures.core.index;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.rules.RuleContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared helpers of the index tests. */
final class IndexTestSupport {

    /** A modification time in the past, set before a run to see whether the run writes the file. */
    static final FileTime OLD = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    private IndexTestSupport() {
    }

    /** A request over {@code dir} with {@code README.md}, UTF-8, the default heading, 2 threads. */
    static CheckRequest request(Path dir) {
        return request(dir, null);
    }

    /** Same, with an index heading. */
    static CheckRequest request(Path dir, String heading) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(),
                heading, RuleContext.defaults(LocalDate.of(2025, 12, 1)), RuleSettings.defaults(), 2);
    }

    /** Copies a folder of {@code src/test/resources/index} into {@code target}. */
    static Path resource(String name, Path target) {
        URL url = IndexTestSupport.class.getResource("/index/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource /index/" + name + " missing");
        }
        try {
            return dev.procedures.core.testing.SharedData.copyFiles(Path.of(url.toURI()), target);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void touchOld(Path file) {
        try {
            Files.setLastModifiedTime(file, OLD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileTime mtime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First index of {@code needle} in {@code hay} at or after {@code from}, or -1. */
    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The value of a {@code key: value} front matter line, quotes removed, read independently of the product. */
    static String frontMatterValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String l : lines) {
                String line = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
                if (line.startsWith(key + ":")) {
                    String v = line.substring(key.length() + 1).trim();
                    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                        v = v.substring(1, v.length() - 1);
                    }
                    return v;
                }
            }
            throw new IllegalStateException("no " + key + " in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The empty index body in LF: every table header-only, every list "Ninguno aún", headings at {@code level}. */
    static String criticalityTable(String level, String name, String... rows) {
        StringBuilder b = new StringBuilder(level).append(' ').append(name).append('\n')
                .append("| ID | Título | Tipo | Frecuencia | Duración |\n")
                .append("|----|--------|------|-----------|----------|\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        return b.toString();
    }

    static String typeList(String level, String name, String... items) {
        StringBuilder b = new StringBuilder(level).append(' ').append(name).append('\n');
        if (items.length == 0) {
            b.append("- Ninguno aún\n");
        }
        for (String i : items) {
            b.append(i).append('\n');
        }
        return b.toString();
    }
}
