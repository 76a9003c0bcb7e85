# Chart-of-accounts templates (kasboek::ledger::ChartTemplate): the Belgian minimum chart and the
# Dutch chart with RGS codes, as JSON resources under :/kasboek/charts/. Included from
# core/CMakeLists.txt. AccountCodes.cpp (the stored codes of the account enums) is listed here too
# because the templates parse them; CMake lists a source only once per target.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccountType.h ${CMAKE_CURRENT_LIST_DIR}/AccountRole.h
    ${CMAKE_CURRENT_LIST_DIR}/VatKind.h ${CMAKE_CURRENT_LIST_DIR}/AccountCodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartTemplate.h ${CMAKE_CURRENT_LIST_DIR}/ChartTemplate.cpp)
qt_add_resources(kasboek_core "kasboek_charts" PREFIX "/kasboek/charts"
    BASE ${CMAKE_CURRENT_LIST_DIR}/charts
    FILES ${CMAKE_CURRENT_LIST_DIR}/charts/be.json ${CMAKE_CURRENT_LIST_DIR}/charts/nl.json)
