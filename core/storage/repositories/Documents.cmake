# Documents in the company file: quotes, invoices, credit notes and purchase documents with
# their lines and attachments, numbering series, lifecycle events and payments
# (kasboek::storage). Included from Repositories.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NumberPattern.h ${CMAKE_CURRENT_LIST_DIR}/NumberPattern.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NumberSeries.h ${CMAKE_CURRENT_LIST_DIR}/AllocatedNumber.h
    ${CMAKE_CURRENT_LIST_DIR}/NumberSeriesRepository.h ${CMAKE_CURRENT_LIST_DIR}/NumberSeriesRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentValidator.h ${CMAKE_CURRENT_LIST_DIR}/DocumentValidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentRow.h ${CMAKE_CURRENT_LIST_DIR}/DocumentRow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentChildren.h ${CMAKE_CURRENT_LIST_DIR}/DocumentChildren.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentQuery.h ${CMAKE_CURRENT_LIST_DIR}/DocumentSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentSummaries.h ${CMAKE_CURRENT_LIST_DIR}/DocumentSummaries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentRepository.h ${CMAKE_CURRENT_LIST_DIR}/DocumentRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentEvent.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentEventRepository.h ${CMAKE_CURRENT_LIST_DIR}/DocumentEventRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Payment.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentRepository.h ${CMAKE_CURRENT_LIST_DIR}/PaymentRepository.cpp)
