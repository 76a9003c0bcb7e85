# The double-entry ledger (kasboek::ledger): accounts, journals, posting entries, balances,
# closing periods and fiscal years. Included from core/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccountType.h ${CMAKE_CURRENT_LIST_DIR}/AccountRole.h
    ${CMAKE_CURRENT_LIST_DIR}/VatKind.h ${CMAKE_CURRENT_LIST_DIR}/AccountCodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Account.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountRepository.h ${CMAKE_CURRENT_LIST_DIR}/AccountRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Journal.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalRepository.h ${CMAKE_CURRENT_LIST_DIR}/JournalRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JournalEntry.h ${CMAKE_CURRENT_LIST_DIR}/EntryCodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MonthTotals.h ${CMAKE_CURRENT_LIST_DIR}/MonthTotals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EntryWriter.h ${CMAKE_CURRENT_LIST_DIR}/EntryWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EntryReader.h ${CMAKE_CURRENT_LIST_DIR}/EntryReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Ledger.h ${CMAKE_CURRENT_LIST_DIR}/Ledger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BalanceQuery.h ${CMAKE_CURRENT_LIST_DIR}/BalanceQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FiscalYearClosing.h ${CMAKE_CURRENT_LIST_DIR}/FiscalYearClosing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LedgerCheck.h ${CMAKE_CURRENT_LIST_DIR}/LedgerCheck.cpp)
