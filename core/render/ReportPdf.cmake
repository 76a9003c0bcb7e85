# Financial reports as PDF (kasboek::render::ReportPdfRenderer) and the small paginator and
# painters behind it. Included from core/render/CMakeLists.txt.
target_sources(kasboek_render PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportPdfRenderer.h ${CMAKE_CURRENT_LIST_DIR}/ReportPdfRenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report/ReportCellText.h ${CMAKE_CURRENT_LIST_DIR}/report/ReportCellText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report/ReportColumnLayout.h ${CMAKE_CURRENT_LIST_DIR}/report/ReportColumnLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report/ReportPagination.h ${CMAKE_CURRENT_LIST_DIR}/report/ReportPagination.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report/ReportPageChrome.h ${CMAKE_CURRENT_LIST_DIR}/report/ReportPageChrome.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report/ReportTablePainter.h ${CMAKE_CURRENT_LIST_DIR}/report/ReportTablePainter.cpp)
