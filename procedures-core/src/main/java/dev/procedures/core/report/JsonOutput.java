package dev.procedures.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Shared Jackson set-up of the JSON reports: two-space indentation, {@code "key": value},
 * LF line endings on every platform, a final newline, the stream left open.
 */
final class JsonOutput {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private JsonOutput() {
    }

    /** @return a new empty object node */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Writes the tree, a final LF, and flushes {@code out} without closing it. */
    static void write(JsonNode tree, OutputStream out) throws IOException {
        WRITER.writeValue(out, tree);
        out.write("\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
