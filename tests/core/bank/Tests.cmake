# Tests of bank statements in the books: recognising a format, checking a statement, recognising
# a movement seen before, and the import into encrypted files.
kasboek_add_test(BankFormat SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankFormat.cpp LABELS bank)
kasboek_add_test(BankStatementCheck SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankStatementCheck.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/BankTestSupport.h LABELS bank)
kasboek_add_test(BankLineFingerprint SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankLineFingerprint.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/BankTestSupport.h LABELS bank)
kasboek_add_test(BankStatementImporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankStatementImporter.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/BankTestSupport.h LABELS bank)
kasboek_add_test(BankMatcher SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankMatcher.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/BankTestSupport.h LABELS bank)
kasboek_add_test(OpenDocuments SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOpenDocuments.cpp LABELS bank)
kasboek_add_test(BankSuggestions SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankSuggestions.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/BankTestSupport.h LABELS bank)
