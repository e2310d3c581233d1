package dev.procedures.core.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads files strictly: bytes that are not valid in the configured encoding are an error, never
 * silently replaced, so a corrupt procedure is reported instead of half-checked.
 */
public final class SourceReader {

    private final Charset charset;

    /** @param charset the encoding of the procedures, usually UTF-8 */
    public SourceReader(Charset charset) {
        this.charset = charset;
    }

    /**
     * Reads and decodes one file.
     *
     * @param file the file
     * @return its text, BOM removed and remembered
     * @throws UnreadableSourceException if the file cannot be read or is not valid in the encoding;
     *                                   the message names the 1-based line of the first bad byte
     */
    public SourceText read(Path file) throws UnreadableSourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read file: " + describe(e), 0);
        }
        return decode(bytes);
    }

    /**
     * Decodes bytes strictly.
     *
     * @param bytes the file content
     * @return the text, BOM removed and remembered
     * @throws UnreadableSourceException if the bytes are not valid in the encoding
     */
    public SourceText decode(byte[] bytes) throws UnreadableSourceException {
        if (StandardCharsets.UTF_8.equals(charset)) {
            // The JDK's UTF-8 String constructor is much faster than a CharsetDecoder and replaces
            // each malformed sequence with U+FFFD; without U+FFFD in the result the bytes were valid
            // and the text equals the strict decoding. Otherwise decode strictly to tell a written
            // U+FFFD from a malformed byte.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return SourceText.of(text);
            }
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return SourceText.of(text);
        } catch (MalformedInputException e) {
            int badOffset = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < badOffset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new UnreadableSourceException("file is not valid " + charset.name()
                    + " (first invalid byte at offset " + badOffset + "); save it as " + charset.name(), line);
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException("file is not valid " + charset.name() + ": " + describe(e), 1);
        }
    }

    private int firstBadByte(byte[] bytes) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
