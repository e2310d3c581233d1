// Both folders finish with findings and without any exception or stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('procedimientos/PROCED-BACK-001-ejecutar-tests-backend.md:')
assert log.contains('gobernanza/PROCED-GOB-001-crear_adr.md:')
assert !log.contains('REPORTE-VERIFICACION')
assert !log.contains('GAPS-CRITICOS')
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !log.contains('Exception:')
return true
