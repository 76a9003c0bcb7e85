# Tests of the financial reports (core/reports) on real encrypted files with a hand-made chart:
# the period and its comparison, each report's figures, the paged register and journal queries.
# Included from tests/core/CMakeLists.txt.
foreach(name ReportPeriod TrialBalance ProfitAndLoss BalanceSheet AccountRegister GeneralLedger
        JournalListing AgedBalances Statement)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/ReportsTestSupport.h LABELS reports)
endforeach()
