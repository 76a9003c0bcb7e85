# Banking (kasboek::banking): bank statements stored in their accounts' journals, checked and
# without double imports; later the matching of their lines with invoices and expenses.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BankImportSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/BankJournals.h
    ${CMAKE_CURRENT_LIST_DIR}/BankJournals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BankLineFingerprint.h
    ${CMAKE_CURRENT_LIST_DIR}/BankLineFingerprint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BankStatementCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/BankStatementCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BankStatementImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/BankStatementImporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BankStatementStore.h
    ${CMAKE_CURRENT_LIST_DIR}/BankStatementStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BankMatch.h
    ${CMAKE_CURRENT_LIST_DIR}/BankMatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/BankMatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OpenDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/OpenDocuments.h
    ${CMAKE_CURRENT_LIST_DIR}/OpenDocuments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WaitingBankLine.h
    ${CMAKE_CURRENT_LIST_DIR}/BankSuggestions.h
    ${CMAKE_CURRENT_LIST_DIR}/BankSuggestions.cpp)
