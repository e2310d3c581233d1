// The real backend folder, checked on 2026-11-29: the README lists PROC-BACKEND-001 under CRITICA
// while the file says BAJA (and there is no BAJA table), and the procedure's review is overdue.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[ERROR\] docs\/procedures\/README\.md:146:1: error \[index-up-to-date\] .*PROC-BACKEND-001 is listed under CRITICA but its criticidad is BAJA.*mvn procedures:index/
assert log =~ /(?m)^\[ERROR\] docs\/procedures\/PROC-BACKEND-001-ejemplo\.md:10:\d+: error \[review-date\] review overdue: last updated 2025-11-18/
assert log =~ /(?m)^\[ERROR\] docs\/procedures\/PROC-BACKEND-001-ejemplo\.md:499:\d+: error \[review-date\] 'Próxima revisión' 2026-05-18 has passed/
assert !log.contains('plantilla-procedimiento-backend.md:')
assert log.contains('Files checked: 1')
assert !(log =~ /(?m)^\s+at [a-z]/)
return true
