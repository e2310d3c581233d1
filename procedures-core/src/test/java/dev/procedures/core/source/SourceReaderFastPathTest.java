package dev.procedures.core.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strict decoding, also on the fast UTF-8 path. */
class SourceReaderFastPathTest {

    private final SourceReader reader = new SourceReader(StandardCharsets.UTF_8);

    @Test
    void decodesValidUtf8AndRemembersBom() throws Exception {
        byte[] bytes = "\uFEFF# Título\nñ\n".getBytes(StandardCharsets.UTF_8);
        SourceText text = reader.decode(bytes);
        assertTrue(text.hasBom());
        assertEquals("# Título\nñ\n", text.text());
        assertEquals(3, text.lineCount());
        assertEquals("ñ", text.line(2));
    }

    @Test
    void keepsAWrittenReplacementCharacter() throws Exception {
        SourceText text = reader.decode("a\n\uFFFD b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a\n\uFFFD b\n", text.text());
    }

    @Test
    void rejectsMalformedBytesWithTheirLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xE9, 'c', '\n'};
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.decode(bytes));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
    }

    @Test
    void rejectsEncodedSurrogates() {
        byte[] bytes = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThrows(UnreadableSourceException.class, () -> reader.decode(bytes));
    }
}
