# Journal entries and opening balances described in JSON (`kasboek-cli entries add`, `entries
# opening`): kasboek::exchange::entryjson. Included from core/exchange/Exchange.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EntryDescriptionReader.h ${CMAKE_CURRENT_LIST_DIR}/EntryDescriptionReader.cpp)
