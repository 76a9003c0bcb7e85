# Automatic postings: issued documents and payments become journal entries in the unit of
# work that stores them; a file gets its chart the first time (kasboek::ledger).
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/postings/VatClassifier.h ${CMAKE_CURRENT_LIST_DIR}/postings/VatClassifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postings/LedgerSetup.h ${CMAKE_CURRENT_LIST_DIR}/postings/LedgerSetup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postings/DocumentPosting.h ${CMAKE_CURRENT_LIST_DIR}/postings/DocumentPosting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postings/PaymentPosting.h ${CMAKE_CURRENT_LIST_DIR}/postings/PaymentPosting.cpp)
