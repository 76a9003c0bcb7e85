# Repositories: the domain's contacts, products and company profile in the company file
# (kasboek::storage). Included from core/storage/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RowImage.h ${CMAKE_CURRENT_LIST_DIR}/RowImage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StoredValue.h ${CMAKE_CURRENT_LIST_DIR}/StoredValue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SqlFilter.h ${CMAKE_CURRENT_LIST_DIR}/SqlFilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TableWriter.h ${CMAKE_CURRENT_LIST_DIR}/TableWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordMessage.h ${CMAKE_CURRENT_LIST_DIR}/RecordStore.h
    ${CMAKE_CURRENT_LIST_DIR}/ContactQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/ContactRepository.h ${CMAKE_CURRENT_LIST_DIR}/ContactRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProductQuery.h
    ${CMAKE_CURRENT_LIST_DIR}/ProductRepository.h ${CMAKE_CURRENT_LIST_DIR}/ProductRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CompanyProfileRepository.h ${CMAKE_CURRENT_LIST_DIR}/CompanyProfileRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsRepository.h ${CMAKE_CURRENT_LIST_DIR}/SettingsRepository.cpp)
# Quotes, invoices, credit notes, purchase documents, numbering series and payments.
include(${CMAKE_CURRENT_LIST_DIR}/Documents.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/RecurringAndReminders.cmake OPTIONAL)
