# VAT returns from the postings: Belgian grids and Dutch rubrieken (kasboek::reports).
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/vat/VatBox.h
    ${CMAKE_CURRENT_LIST_DIR}/vat/VatForms.h ${CMAKE_CURRENT_LIST_DIR}/vat/VatForms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vat/VatReturn.h ${CMAKE_CURRENT_LIST_DIR}/vat/VatReturn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vat/VatReturnReport.h ${CMAKE_CURRENT_LIST_DIR}/vat/VatReturnReport.cpp)
