# The chart-of-accounts templates (core/ledger/ChartTemplate, charts/*.json) and the stored codes
# of the account enums.
kasboek_add_test(ChartTemplate SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestChartTemplate.cpp LABELS ledger)
