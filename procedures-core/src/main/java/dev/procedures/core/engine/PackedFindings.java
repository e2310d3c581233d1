package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The findings of one file packed into one byte array while the rest of the run goes on.
 *
 * <p>Why: a check keeps every file's findings until every file has been read. Kept as objects
 * (a finding, its message and its fingerprint: five objects each, about seven findings per file),
 * they survive many young collections, and the collector copies each object at every one of them
 * until it promotes it; over 10,000 files that copying was most of the check's garbage-collection
 * time. One array per file is copied as one block. (A check with a result cache gains nothing: the
 * cache holds each file's findings as objects until it is saved.)
 *
 * <p>Layout, per finding: rule id, severity ordinal (1 byte), line and column (4 bytes each), a
 * flag and, when the finding's path is not the file's, the path; the message; the fingerprint.
 * Each text is its length in chars (4 bytes) and then pieces of at most {@value #PIECE} chars in
 * modified UTF-8 ({@link DataOutputStream#writeUTF}, at most 3 bytes per char, so a piece never
 * passes its 65,535-byte limit). Modified UTF-8 encodes every char on its own, so any Java string
 * comes back as it was, unpaired surrogates included. Read back by {@link #unpack}, which gives
 * findings equal to the packed ones.
 */
final class PackedFindings {

    private static final byte[] EMPTY = new byte[0];
    private static final Severity[] SEVERITIES = Severity.values();
    /** Chars per {@code writeUTF} call: 3 bytes each at most, within its 65,535 bytes. */
    static final int PIECE = 65_535 / 3;

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
                writeText(out, f.ruleId());
                out.writeByte(f.severity().ordinal());
                out.writeInt(f.line());
                out.writeInt(f.column());
                boolean samePath = f.path().equals(path);
                out.writeBoolean(samePath);
                if (!samePath) {
                    writeText(out, f.path());
                }
                writeText(out, f.message());
                writeText(out, f.fingerprint());
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
     * @param ruleIds rule ids already read in this run, so that equal ids share one string (any
     *                mutable map, empty at first and filled here)
     * @param sink    receives the findings
     */
    static void unpack(byte[] packed, String path, Map<String, String> ruleIds, List<Finding> sink) {
        if (packed.length == 0) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String ruleId = ruleIds.computeIfAbsent(readText(in), id -> id);
                Severity severity = SEVERITIES[in.readUnsignedByte()];
                int line = in.readInt();
                int column = in.readInt();
                String findingPath = in.readBoolean() ? path : readText(in);
                String message = readText(in);
                sink.add(new Finding(ruleId, severity, findingPath, line, column, message, readText(in)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking findings in memory failed", e);
        }
    }

    private static void writeText(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        if (s.length() <= PIECE) {
            out.writeUTF(s);
            return;
        }
        for (int from = 0; from < s.length(); from += PIECE) {
            out.writeUTF(s.substring(from, Math.min(s.length(), from + PIECE)));
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length <= PIECE) {
            return in.readUTF();
        }
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(in.readUTF());
        }
        return text.toString();
    }
}
