# Tests of the purchase-document import (core/books/PurchaseImporter).
kasboek_add_test(PurchaseImporter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPurchaseImporter.cpp LABELS exchange)
