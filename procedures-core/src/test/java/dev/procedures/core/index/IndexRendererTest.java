package dev.procedures.core.index;

import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.ProcedureType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.procedures.core.index.IndexTestSupport.criticalityTable;
import static dev.procedures.core.index.IndexTestSupport.typeList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexRendererTest {

    private static ProcedureSummary summary(String file, String title, Criticality c, ProcedureType t, Frequency f,
                                            String duration) {
        Optional<ProcedureId> id = ProcedureId.atStart(file);
        return new ProcedureSummary("docs/" + file, file, id, id, 2, title, Optional.ofNullable(c),
                Optional.ofNullable(t), Optional.ofNullable(f), duration);
    }

    @Test
    void emptySetGivesHeaderOnlyTablesAndNoneYetLists() {
        String expected = "### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA") + "\n"
                + criticalityTable("####", "ALTA") + "\n"
                + criticalityTable("####", "MEDIA") + "\n"
                + criticalityTable("####", "BAJA") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance") + "\n"
                + typeList("####", "Troubleshooting") + "\n"
                + typeList("####", "Scaling") + "\n"
                + "#### Disaster Recovery\n- Ninguno aún";

        assertEquals(expected, new IndexRenderer().render(List.of(), "./", 3, "\n"));
        assertEquals(expected.replace("\n", "\r\n"), new IndexRenderer().render(List.of(), "./", 3, "\r\n"));
    }

    @Test
    void rowsAreSortedByPrefixThenNumberAndUnknownValuesAreLeftOut() {
        List<ProcedureSummary> procs = List.of(
                summary("PROC-B-010-diez.md", "Diez", Criticality.ALTA, ProcedureType.ROLLBACK, Frequency.DIARIA, "1h"),
                summary("PROC-B-002-dos.md", "Dos", Criticality.ALTA, null, null, ""),
                summary("PROC-A-005-cinco.md", "Cinco", Criticality.ALTA, ProcedureType.ROLLBACK,
                        Frequency.ON_DEMAND, "5 min"),
                summary("PROC-B-003-tres.md", "Tres", null, ProcedureType.ROLLBACK, Frequency.MENSUAL, "3min"));

        String out = new IndexRenderer().render(procs, "./", 3, "\n");

        String alta = criticalityTable("####", "ALTA",
                "| [PROC-A-005](./PROC-A-005-cinco.md) | Cinco | Rollback | On-demand | 5 min |",
                "| [PROC-B-002](./PROC-B-002-dos.md) | Dos | - | - | - |",
                "| [PROC-B-010](./PROC-B-010-diez.md) | Diez | Rollback | Diaria | 1h |");
        String rollback = typeList("####", "Rollback",
                "- [PROC-A-005](./PROC-A-005-cinco.md) - Cinco",
                "- [PROC-B-003](./PROC-B-003-tres.md) - Tres",
                "- [PROC-B-010](./PROC-B-010-diez.md) - Diez");
        assertTrue(out.contains("\n" + alta + "\n#### MEDIA\n"), out);
        assertTrue(out.contains("\n" + rollback + "\n#### Maintenance\n"), out);
        assertFalse(out.contains("| [PROC-B-003]"), "unknown criticality must stay out of the tables: " + out);
        assertFalse(out.contains("- [PROC-B-002]"), "unknown type must stay out of the lists: " + out);
    }

    @Test
    void pipesAreEscapedInCellsButNotInListsAndLineBreaksBecomeSpaces() {
        List<ProcedureSummary> procs = List.of(summary("PROC-X-001-a b(1).md", "Purga `a | b`\n  y | c",
                Criticality.BAJA, ProcedureType.SCALING, Frequency.SEMANAL, "5|10min"));

        String out = new IndexRenderer().render(procs, "./runbooks/", 2, "\n");

        assertTrue(out.contains("\n| [PROC-X-001](./runbooks/PROC-X-001-a%20b%281%29.md) | Purga `a \\| b` y \\| c"
                + " | Scaling | Semanal | 5\\|10min |\n"), out);
        assertTrue(out.contains("\n### Scaling\n- [PROC-X-001](./runbooks/PROC-X-001-a%20b%281%29.md) - "
                + "Purga `a | b` y | c\n"), out);
        assertTrue(out.startsWith("## Por Criticidad\n\n### CRITICA\n"), out);
    }

    @Test
    void levelOutsideOneToFiveIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IndexRenderer().render(List.of(), "./", 6, "\n"));
        assertThrows(IllegalArgumentException.class, () -> new IndexRenderer().render(List.of(), "./", 0, "\n"));
    }

    @Test
    void htmlCommentDelimitersInATitleCannotBecomeIndexMarkers() {
        assertEquals("Rotación &lt;!-- procedures-index:end --&gt; de logs",
                IndexRenderer.cell("Rotación <!-- procedures-index:end --> de logs"));
    }

    @Test
    void decomposedAccentsAreWrittenComposed() {
        assertEquals("Rotaci\u00f3n de logs", IndexRenderer.cell("Rotacio\u0301n de logs"));
    }
}
