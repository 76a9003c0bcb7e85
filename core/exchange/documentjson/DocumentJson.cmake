# A sales document described in JSON (`kasboek-cli invoices issue`): the description and its
# reader (kasboek::exchange::documentjson). Included from core/exchange/Exchange.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DocumentDescription.h ${CMAKE_CURRENT_LIST_DIR}/DocumentDescription.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentDescriptionReader.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentDescriptionReader.cpp)
