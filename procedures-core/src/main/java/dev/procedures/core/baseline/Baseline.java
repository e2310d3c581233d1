package dev.procedures.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings a team accepted when adopting the plugin on an existing corpus; {@code check} reports
 * only findings that are not in it.
 *
 * <p>Entries are keyed by rule id, file and content fingerprint, never by line number, so edits
 * elsewhere in a file do not churn the baseline. A key may appear several times (the same
 * offending content twice in one file); each entry absorbs one finding. The file is JSON, sorted,
 * with one entry per line group, so it diffs well in review. Paths are stored relative to the
 * baseline file's folder, so the baseline does not depend on where Maven runs. It never holds a
 * message or a secret: fingerprints are hashes.
 */
public final class Baseline {

    /** Format version written in the file. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return a baseline that accepts nothing */
    public static Baseline empty() {
        return new Baseline(List.of());
    }

    /** @return the entries, sorted */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Builds a baseline from findings.
     *
     * @param findings      the findings to accept
     * @param baseDirectory the directory finding paths are relative to
     * @param baselineFile  where the baseline will live
     * @return the baseline, entries sorted by path, rule and fingerprint
     */
    public static Baseline of(List<Finding> findings, Path baseDirectory, Path baselineFile) {
        List<Entry> list = new ArrayList<>();
        for (Finding f : findings) {
            list.add(new Entry(f.ruleId(), toBaselinePath(f.path(), baseDirectory, baselineFile), f.fingerprint()));
        }
        list.sort(Entry.ORDER);
        return new Baseline(list);
    }

    /**
     * Reads a baseline file.
     *
     * @param baselineFile the file
     * @return the baseline
     * @throws ProceduresException naming the file when it is not a baseline this version understands
     */
    public static Baseline read(Path baselineFile) throws ProceduresException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(baselineFile, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ProceduresException(baselineFile + ":" + e.getLocation().getLineNr()
                    + ": baseline is not valid JSON; regenerate it with 'mvn procedures:baseline'", e);
        } catch (IOException e) {
            throw new ProceduresException("cannot read baseline " + baselineFile + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("findings").isArray() || root.path("version").asInt() != FORMAT_VERSION) {
            throw new ProceduresException(baselineFile + ": not a procedures baseline of version " + FORMAT_VERSION
                    + "; regenerate it with 'mvn procedures:baseline'");
        }
        List<Entry> list = new ArrayList<>();
        for (JsonNode n : root.path("findings")) {
            list.add(new Entry(n.path("rule").asText(), n.path("path").asText(), n.path("fingerprint").asText()));
        }
        list.sort(Entry.ORDER);
        return new Baseline(list);
    }

    /**
     * Writes the baseline atomically; an unchanged file is not rewritten.
     *
     * @param baselineFile the file
     * @return whether the file was written
     * @throws ProceduresException if it cannot be written
     */
    public boolean write(Path baselineFile) throws ProceduresException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        root.put("tool", "procedures-maven-plugin");
        ArrayNode array = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode n = array.addObject();
            n.put("rule", e.rule());
            n.put("path", e.path());
            n.put("fingerprint", e.fingerprint());
        }
        try {
            String text = JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
            return AtomicFiles.writeIfChanged(baselineFile, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProceduresException("cannot write baseline " + baselineFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the findings this baseline accepts. Each entry absorbs at most one finding.
     *
     * @param findings      findings of a check
     * @param baseDirectory the directory finding paths are relative to
     * @param baselineFile  the baseline's location (paths in it are relative to its folder)
     * @return the findings not in the baseline, in the given order
     */
    public List<Finding> newFindings(List<Finding> findings, Path baseDirectory, Path baselineFile) {
        Map<Entry, Integer> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.merge(e, 1, Integer::sum);
        }
        List<Finding> result = new ArrayList<>();
        for (Finding f : findings) {
            Entry key = new Entry(f.ruleId(), toBaselinePath(f.path(), baseDirectory, baselineFile), f.fingerprint());
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
            } else {
                result.add(f);
            }
        }
        return result;
    }

    private static String toBaselinePath(String findingPath, Path baseDirectory, Path baselineFile) {
        Path absolute = baseDirectory.toAbsolutePath().normalize().resolve(findingPath).normalize();
        Path folder = baselineFile.toAbsolutePath().normalize().getParent();
        // outside the baseline's folder too: ../other/PROC-X.md keeps the baseline movable with its tree
        return folder.relativize(absolute).toString().replace('\\', '/');
    }

    /**
     * One accepted finding.
     *
     * @param rule        rule id
     * @param path        file path relative to the baseline's folder, {@code /}-separated
     * @param fingerprint the finding's content fingerprint
     */
    public record Entry(String rule, String path, String fingerprint) {
        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
                .thenComparing(Entry::fingerprint);
    }
}
