# Tests for the exports of financial reports: CSV, XLSX and PDF.
# Included from tests/core/CMakeLists.txt.
kasboek_add_test(ReportCsvWriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReportCsvWriter.cpp
    LABELS reports)
kasboek_add_test(ReportXlsxWriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReportXlsxWriter.cpp
    LABELS reports)
kasboek_add_test(ReportPdfRenderer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReportPdfRenderer.cpp
    LIBS kasboek_render LABELS reports)

# The XLSX test reads the workbooks back with QuaZip in a program of their own: QuaZip's
# bundled minizip symbols would replace the libminizip ones libxlsxwriter calls (see
# ZipEntryTool.cpp). pkg-config, because QuaZip's CMake package asks for Qt's Core5Compat
# development files, which reading a ZIP does not need.
pkg_check_modules(QUAZIP REQUIRED IMPORTED_TARGET quazip1-qt6)
add_executable(report_zip_entry ${CMAKE_CURRENT_LIST_DIR}/ZipEntryTool.cpp)
target_link_libraries(report_zip_entry PRIVATE kasboek_build_settings Qt6::Core PkgConfig::QUAZIP)
add_dependencies(test_ReportXlsxWriter report_zip_entry)
target_compile_definitions(test_ReportXlsxWriter PRIVATE
    KASBOEK_ZIP_ENTRY_TOOL="$<TARGET_FILE:report_zip_entry>")
