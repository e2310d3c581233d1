package dev.procedures.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.io.AtomicFiles;
import dev.procedures.core.io.Sha256;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.suppression.Suppressions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Results of unchanged files from the previous run, as maven-checkstyle-plugin and spotless keep
 * them: per file, the findings of the per-file rules (before suppression), the summary the corpus
 * rules need and the suppression comments, keyed by the file's path and the SHA-256 of its bytes.
 *
 * <p>The whole cache belongs to one configuration: its key covers the plugin version, every rule
 * severity, the vocabulary, the placeholder list, the date that counts as today and the encoding.
 * A cache written for another key, or one that cannot be read, is ignored with a warning, never
 * trusted. Stored as Jackson Smile (binary JSON) after a line with the SHA-256 of that content, so
 * a damaged file is detected rather than read. Thread-safe for concurrent {@link #get} and
 * {@link #put} during one run.
 */
public final class ResultCache {

    /**
     * Bumped whenever the stored form changes. 3: summaries hold titles and durations with secrets
     * masked, so a cache of format 2, which may hold one in clear, is never read and is overwritten.
     */
    static final int FORMAT = 3;

    /** Hex characters of the SHA-256 that heads the file, followed by a line feed. */
    private static final int CHECKSUM_LENGTH = 64;

    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory())
            .registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final String key;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    /** Whether {@link #previous} is the content of the file as read, for this key and format. */
    private final boolean loaded;
    /** Set by the first {@link #put} of an entry that is not the stored one for its path. */
    private volatile boolean changed;

    private ResultCache(Path file, String key, Map<String, Entry> previous, boolean loaded) {
        this.file = file;
        this.key = key;
        this.previous = previous;
        this.loaded = loaded;
    }

    /**
     * Opens the cache of one procedure set.
     *
     * @param file the cache file (need not exist)
     * @param key  the configuration key of this run (see the class comment)
     * @return the cache; empty, with a warning, when the file is unreadable, corrupt or for another
     *         configuration or plugin version
     */
    public static ResultCache open(Path file, String key) {
        Objects.requireNonNull(key, "key");
        ResultCache empty = new ResultCache(file, key, Map.of(), false);
        if (!Files.isRegularFile(file)) {
            return empty;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // a SHA-256 of the content heads the file: a flipped or appended byte is never trusted
            if (bytes.length < CHECKSUM_LENGTH + 1 || bytes[CHECKSUM_LENGTH] != '\n') {
                throw new DamagedCacheException("no checksum");
            }
            byte[] payload = Arrays.copyOfRange(bytes, CHECKSUM_LENGTH + 1, bytes.length);
            String checksum = new String(bytes, 0, CHECKSUM_LENGTH, StandardCharsets.US_ASCII);
            if (!checksum.equals(Sha256.hex(payload))) {
                throw new DamagedCacheException("checksum mismatch");
            }
            Stored stored = SMILE.readValue(payload, Stored.class);
            if (stored == null || stored.format() != FORMAT || stored.entries() == null) {
                empty.warnings.add("ignoring cache " + file + ": written by another version of the plugin");
                return empty;
            }
            if (!key.equals(stored.key())) {
                return empty; // another configuration, plugin version or day: start afresh, quietly
            }
            return new ResultCache(file, key, stored.entries(), true);
        } catch (IOException | RuntimeException e) {
            empty.warnings.add("ignoring unreadable cache " + file + " (" + (e instanceof DamagedCacheException
                    ? e.getMessage() : e.getClass().getSimpleName()) + "); it will be rewritten");
            return empty;
        }
    }

    /**
     * @param path        the file's display path
     * @param contentHash SHA-256 of the file's bytes, hex
     * @return the stored results when the file has not changed
     */
    public Optional<Entry> get(String path, String contentHash) {
        Entry e = previous.get(path);
        return e != null && e.contentHash().equals(contentHash) ? Optional.of(e) : Optional.empty();
    }

    /**
     * Records the results of one file for the next run (also for a cache hit, so the saved cache
     * holds exactly the files of this run).
     *
     * @param path  the file's display path
     * @param entry its results
     */
    public void put(String path, Entry entry) {
        if (previous.get(path) != entry) {
            changed = true;
        }
        current.put(path, entry);
    }

    /**
     * Writes the cache atomically, unless it was read from the file and every entry of this run is
     * the stored one (an unchanged tree: nothing is serialised or written). A failure is a warning,
     * never an error: the cache only saves time.
     */
    public void save() {
        if (loaded && !changed && current.size() == previous.size()) {
            // every file of this run was a hit, and no stored file is gone: the file already holds
            // exactly what would be written
            return;
        }
        try {
            byte[] payload = SMILE.writeValueAsBytes(new Stored(FORMAT, key, new TreeMap<>(current)));
            byte[] header = (Sha256.hex(payload) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = Arrays.copyOf(header, header.length + payload.length);
            System.arraycopy(payload, 0, bytes, header.length, payload.length);
            AtomicFiles.writeIfChanged(file, bytes);
        } catch (IOException | RuntimeException e) {
            warnings.add("could not write cache " + file + " (" + e.getMessage() + ")");
        }
    }

    /** @return problems met while reading or writing, to be logged as warnings */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The stored results of one file.
     *
     * @param contentHash  SHA-256 of the file's bytes, hex
     * @param findings     findings of the per-file rules, before suppression
     * @param summary      the summary for corpus rules, empty for an unreadable file
     * @param suppressions the file's suppression comments
     */
    public record Entry(String contentHash, List<Finding> findings, Optional<ProcedureSummary> summary,
                        List<Suppressions.Range> suppressions) {
    }

    /** The file format. */
    record Stored(int format, String key, Map<String, Entry> entries) {
    }

    /** The checksum that heads the cache file is missing or does not match its content. */
    private static final class DamagedCacheException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedCacheException(String message) {
            super(message);
        }
    }
}
