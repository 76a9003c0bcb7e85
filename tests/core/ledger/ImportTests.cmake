# Tests of the journal CSV import: the streaming reader (no file needed), the importer on real
# encrypted files, and the reference workload of ../shared/bench checked against ledger-cli or
# an independent sum (NEEDS_SHARED: skipped with the reason without ../shared).
kasboek_add_test(JournalCsvReader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestJournalCsvReader.cpp LABELS ledger import)
kasboek_add_test(JournalImporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestJournalImporter.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/LedgerTestSupport.h LABELS ledger import)
kasboek_add_test(JournalImportWorkload SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestJournalImportWorkload.cpp
                 LABELS ledger import NEEDS_SHARED)
