# Invoicing (kasboek::books): drafts, issuing with gapless numbering, credit notes, quotes,
# payments and the state of a document. Included from core/books/Books.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DocumentFacts.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentState.h ${CMAKE_CURRENT_LIST_DIR}/DocumentState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentFactsReader.h ${CMAKE_CURRENT_LIST_DIR}/DocumentFactsReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartySnapshots.h ${CMAKE_CURRENT_LIST_DIR}/PartySnapshots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentDrafts.h ${CMAKE_CURRENT_LIST_DIR}/DocumentDrafts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentIssuer.h ${CMAKE_CURRENT_LIST_DIR}/DocumentIssuer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InvoicingService.h ${CMAKE_CURRENT_LIST_DIR}/InvoicingService.cpp)
