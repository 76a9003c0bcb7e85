# The exports of financial reports (kasboek::reports): CSV, and XLSX through libxlsxwriter.
# Included from core/CMakeLists.txt; the PDF export is in core/render/ReportPdf.cmake.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportCsvWriter.h ${CMAKE_CURRENT_LIST_DIR}/ReportCsvWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportXlsxWriter.h ${CMAKE_CURRENT_LIST_DIR}/ReportXlsxWriter.cpp)
target_link_libraries(kasboek_core PRIVATE PkgConfig::XLSXWRITER)
