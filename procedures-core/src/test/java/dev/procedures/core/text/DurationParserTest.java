package dev.procedures.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "15min|PT15M",
            "15 min|PT15M",
            "15 minutos|PT15M",
            "1h 30min|PT1H30M",
            "1 hora 30 minutos|PT1H30M",
            "1h y 30min|PT1H30M",
            "1h30min|PT1H30M",
            "2h15m|PT2H15M",
            "2 horas|PT2H",
            "2h|PT2H",
            "1,5h|PT1H30M",
            "30-45min|PT45M",
            "30 - 45 minutos|PT45M",
            "15 minutos (aprox)|PT15M",
            "~20min|PT20M",
            "45s|PT45S",
            "2 días|PT48H",
            "2 DÍAS|PT48H",
    })
    void parses(String text, String iso) {
        assertEquals(Optional.of(Duration.parse(iso)), DurationParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXmin", "XX minutos", "", "   ", "(aprox)", "pronto", "15", "15 manzanas", "15min luego", "15minx", "1h30",
            "a 15min"})
    void rejects(String text) {
        assertEquals(Optional.empty(), DurationParser.parse(text));
    }

    @org.junit.jupiter.api.Test
    void nullIsNoDuration() {
        assertEquals(Optional.empty(), DurationParser.parse(null));
    }
}
