package dev.procedures.core.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceReaderTest {

    private final SourceReader reader = new SourceReader(StandardCharsets.UTF_8);

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes((byte[]) p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void bomIsRemovedAndRemembered() throws UnreadableSourceException {
        SourceText text = reader.decode(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "# Título\nb\n"));
        assertTrue(text.hasBom());
        assertEquals("# Título\nb\n", text.text());
        assertEquals("# Título", text.line(1));
        assertEquals(2, text.lineAt(text.text().indexOf('b')));
    }

    @Test
    void noBom() throws UnreadableSourceException {
        SourceText text = reader.decode(bytes("a\r\nb"));
        assertFalse(text.hasBom());
        assertEquals("a", text.line(1));
        assertEquals("b", text.line(2));
    }

    @Test
    void latin1ByteIsReportedAtItsLine() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.decode(bytes(
                "---\nid: PROC-BACKEND-001\n", new byte[] {'t', 'i', 't', 'u', 'l', 'o', ':', ' ', 'R', 'e', 'v',
                        'i', 's', 'i', (byte) 0xF3, 'n', '\n'}, "---\n")));
        assertEquals(3, e.line());
        assertEquals("file is not valid UTF-8 (first invalid byte at offset 39); save it as UTF-8", e.getMessage());
    }

    @Test
    void truncatedSequenceAtTheEndIsReported() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> reader.decode(bytes("a\nb\n", new byte[] {(byte) 0xC3})));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.md");
        Files.write(f, bytes("uno\n", new byte[] {(byte) 0xFF}, "\n"));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(f));
        assertEquals(2, e.line());
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> reader.read(dir.resolve("nada.md")));
        assertTrue(e.getMessage().startsWith("cannot read file: "), e.getMessage());
    }
}
