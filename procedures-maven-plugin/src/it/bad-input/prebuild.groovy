// A procedure saved as Latin-1 instead of UTF-8: 'Duración' with the byte 0xF3 on line 3.
import java.nio.file.*
def text = "---\nid: PROC-BACKEND-002\ntitulo: Duraci\u00f3n del backup\n---\n"
Files.write(basedir.toPath().resolve('docs/procedures/PROC-BACKEND-002-latin1.md'), text.getBytes('ISO-8859-1'))
return true
