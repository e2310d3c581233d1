package dev.procedures.core.config;

import dev.procedures.core.rules.RuleContext;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TeamSettingsTest {

    private static TeamSettings settings(String today, int warningDays) {
        return new TeamSettings(today, null, null, null, Map.of("mensual", "p3m"), null, "changeme, your-password",
                warningDays);
    }

    @Test
    void plainValuesBecomeTheRuleContext() throws Exception {
        RuleContext context = settings(" 2026-11-29 ", 10).ruleContext();
        assertEquals(LocalDate.of(2026, 11, 29), context.today());
        assertEquals(List.of("changeme", "your-password"), context.placeholderValues());
        assertEquals(10, context.reviewWarningDays());
        assertEquals(Period.ofMonths(3), context.vocabulary().reviewPeriod(dev.procedures.core.vocabulary.Frequency.MENSUAL));
    }

    @Test
    void anInvalidDateOrDayCountNamesItsParameter() {
        assertEquals("procedures.today: '29/11/2026' is not an ISO date (YYYY-MM-DD)",
                assertThrows(ConfigurationException.class, () -> settings("29/11/2026", 30).ruleContext()).getMessage());
        assertEquals("procedures.reviewWarningDays: must be 0 or more, was -1",
                assertThrows(ConfigurationException.class, () -> settings("2026-11-29", -1).ruleContext()).getMessage());
    }
}
