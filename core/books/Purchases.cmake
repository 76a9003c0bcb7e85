# Purchase documents from suppliers: the UBL import (kasboek::books).
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PurchaseImporter.h ${CMAKE_CURRENT_LIST_DIR}/PurchaseImporter.cpp)
