# Purchase documents from suppliers: the UBL import, and expenses recorded from a receipt
# (kasboek::books).
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PurchaseImporter.h ${CMAKE_CURRENT_LIST_DIR}/PurchaseImporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExpenseRecorder.h ${CMAKE_CURRENT_LIST_DIR}/ExpenseRecorder.cpp)
