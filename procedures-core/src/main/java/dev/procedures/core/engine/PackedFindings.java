package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one file packed into one byte array while the rest of the run goes on.
 *
 * <p>Why: a check keeps every file's findings until the corpus rules have run. Kept as objects
 * (a finding, its message and its fingerprint: five objects each, about seven findings per file),
 * they survive many young collections, and the collector copies each object at every one of them
 * until it promotes it; over 10,000 files that copying was most of the check's garbage-collection
 * time. One array per file is copied as one block.
 *
 * <p>Layout, per finding: rule id (modified UTF-8, {@link DataOutputStream#writeUTF}), severity
 * ordinal (1 byte), line and column (4 bytes each), a flag and, when the finding's path is not the
 * file's, the path; the message as a 4-byte length and UTF-8 bytes (a message may exceed the 64 KB
 * of {@code writeUTF}); the fingerprint (modified UTF-8). Read back by {@link #unpack}, which gives
 * findings equal to the packed ones.
 */
final class PackedFindings {

    private static final byte[] EMPTY = new byte[0];
    private static final Severity[] SEVERITIES = Severity.values();

    private PackedFindings() {
    }

    /**
     * @param findings the findings of one file
     * @param path     the file's display path; findings with this path do not store it again
     * @return the packed findings; a shared empty array when there are none
     */
    static byte[] pack(List<Finding> findings, String path) {
        if (findings.isEmpty()) {
            return EMPTY;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 160 * findings.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(findings.size());
            for (Finding f : findings) {
                out.writeUTF(f.ruleId());
                out.writeByte(f.severity().ordinal());
                out.writeInt(f.line());
                out.writeInt(f.column());
                boolean samePath = f.path().equals(path);
                out.writeBoolean(samePath);
                if (!samePath) {
                    writeLong(out, f.path());
                }
                writeLong(out, f.message());
                out.writeUTF(f.fingerprint());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("packing findings in memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Adds the packed findings to {@code sink}, in the order they were packed.
     *
     * @param packed  what {@link #pack} returned
     * @param path    the path given to {@link #pack}
     * @param ruleIds rule ids already read in this run, so that equal ids share one string (filled)
     * @param sink    receives the findings
     */
    static void unpack(byte[] packed, String path, Map<String, String> ruleIds, List<Finding> sink) {
        if (packed.length == 0) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String ruleId = ruleIds.computeIfAbsent(in.readUTF(), id -> id);
                Severity severity = SEVERITIES[in.readUnsignedByte()];
                int line = in.readInt();
                int column = in.readInt();
                String findingPath = in.readBoolean() ? path : readLong(in);
                String message = readLong(in);
                sink.add(new Finding(ruleId, severity, findingPath, line, column, message, in.readUTF()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking findings in memory failed", e);
        }
    }

    /** @return a map for {@link #unpack}'s rule ids */
    static Map<String, String> ruleIdTable() {
        return new HashMap<>();
    }

    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readLong(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
