package dev.procedures.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Shared plumbing of the XML reports: the JDK's {@link XMLStreamWriter} (which escapes
 * {@code & < > "}) plus the two things it leaves to the caller.
 */
final class XmlOutput {

    private XmlOutput() {
    }

    /** Functional body of an XML report. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /**
     * Writes {@code <?xml version="1.0" encoding="UTF-8"?>}, a newline, then the body, a final
     * newline, and flushes without closing {@code out}.
     */
    static void write(OutputStream out, Body body) throws IOException {
        try {
            // A factory per report: XMLOutputFactory is not specified to be thread-safe.
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            // XMLStreamWriter.close() does not close the underlying writer.
            xml.close();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML report: " + e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * Makes text safe for an attribute value. Characters that XML 1.0 cannot hold at all
     * (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, and line breaks and
     * tabs become one space each: a parser would turn them into spaces anyway (attribute value
     * normalization, XML 1.0 section 3.3.3), so this only makes the bytes say what readers see.
     */
    static String attribute(String text) {
        return clean(text.replace("\r\n", " "), true);
    }

    /**
     * Makes text safe for element content: characters XML 1.0 cannot hold become U+FFFD and
     * CR LF or CR become LF (what a parser reports, XML 1.0 section 2.11).
     */
    static String content(String text) {
        return clean(text.replace("\r\n", "\n").replace('\r', '\n'), false);
    }

    private static String clean(String text, boolean attribute) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(attribute ? ' ' : c);
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                sb.append('\uFFFD');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
