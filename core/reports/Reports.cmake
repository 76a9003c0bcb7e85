# Financial reports (kasboek::reports): trial balance, profit and loss, balance sheet, general
# ledger and account register, journal listing, aged receivables and payables, and the catalog
# the front ends pick them from. Included from core/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportPeriod.h ${CMAKE_CURRENT_LIST_DIR}/ReportPeriod.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportCompany.h ${CMAKE_CURRENT_LIST_DIR}/ReportCompany.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrialBalance.h ${CMAKE_CURRENT_LIST_DIR}/TrialBalance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfitAndLoss.h ${CMAKE_CURRENT_LIST_DIR}/ProfitAndLoss.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BalanceSheet.h ${CMAKE_CURRENT_LIST_DIR}/BalanceSheet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountRegister.h ${CMAKE_CURRENT_LIST_DIR}/AccountRegister.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GeneralLedger.h ${CMAKE_CURRENT_LIST_DIR}/GeneralLedger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JournalPageQuery.h ${CMAKE_CURRENT_LIST_DIR}/JournalPageQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JournalListing.h ${CMAKE_CURRENT_LIST_DIR}/JournalListing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentAmountConversion.h ${CMAKE_CURRENT_LIST_DIR}/DocumentAmountConversion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgedBalances.h ${CMAKE_CURRENT_LIST_DIR}/AgedBalances.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Statement.h ${CMAKE_CURRENT_LIST_DIR}/Statement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportCatalog.h ${CMAKE_CURRENT_LIST_DIR}/ReportCatalog.cpp)
