# Tests for money, fixed point, VAT and document totals (kasboek::domain).
# Included from tests/core/domain/CMakeLists.txt.
kasboek_add_test(Money SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMoney.cpp LABELS domain)
kasboek_add_test(FixedPoint SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFixedPoint.cpp LABELS domain)
kasboek_add_test(VatRates SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestVatRates.cpp LABELS domain)
kasboek_add_test(VatExemptionCodeList SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestVatExemptionCodeList.cpp
    LABELS domain NEEDS_SHARED)
kasboek_add_test(DocumentTotals SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentTotals.cpp LABELS domain)
