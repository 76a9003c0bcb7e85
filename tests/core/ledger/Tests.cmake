# Tests of the double-entry ledger (core/ledger) on real encrypted files: what the schema's
# triggers refuse, posting and reading entries, balances over periods, closing fiscal years.
foreach(name LedgerSchema Ledger BalanceQuery FiscalYearClosing VatReturn)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/LedgerTestSupport.h LABELS ledger)
endforeach()
