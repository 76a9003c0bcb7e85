# Money, fixed-point numbers, VAT categories, rates and document totals
# (kasboek::domain). Included from core/domain/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FixedPoint.h ${CMAKE_CURRENT_LIST_DIR}/FixedPoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Currency.h ${CMAKE_CURRENT_LIST_DIR}/Currency.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Decimal.h ${CMAKE_CURRENT_LIST_DIR}/Decimal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Money.h ${CMAKE_CURRENT_LIST_DIR}/Money.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeRate.h ${CMAKE_CURRENT_LIST_DIR}/ExchangeRate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VatRate.h ${CMAKE_CURRENT_LIST_DIR}/VatRate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VatCategory.h ${CMAKE_CURRENT_LIST_DIR}/VatCategory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VatExemptionReason.h ${CMAKE_CURRENT_LIST_DIR}/VatExemptionReason.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VatRatePeriod.h
    ${CMAKE_CURRENT_LIST_DIR}/VatRateTable.h ${CMAKE_CURRENT_LIST_DIR}/VatRateTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentTotalsInput.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentTotals.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentTotalsCalculator.h ${CMAKE_CURRENT_LIST_DIR}/DocumentTotalsCalculator.cpp)

# The VAT rate table is data (rates change by law), compiled in as
# :/kasboek/domain/vat-rates.json. For a static kasboek_core Qt puts the resource in
# an object library that every executable linking kasboek_core pulls in, so no
# Q_INIT_RESOURCE is needed; TestVatRates proves it loads.
qt_add_resources(kasboek_core "kasboek_domain_data"
    PREFIX "/kasboek/domain"
    BASE ${CMAKE_CURRENT_LIST_DIR}/data
    FILES ${CMAKE_CURRENT_LIST_DIR}/data/vat-rates.json)
