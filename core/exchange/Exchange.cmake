# Exchange formats (kasboek::exchange). Each format keeps its list file beside its sources.
include(${CMAKE_CURRENT_LIST_DIR}/ubl/UblWriter.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/ubl/UblReader.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/documentjson/DocumentJson.cmake OPTIONAL)
# Reading the JSON objects scripts write (documents, entries): shared by the formats above.
target_sources(kasboek_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/json/JsonObjectReader.h
                                    ${CMAKE_CURRENT_LIST_DIR}/json/JsonObjectReader.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/entryjson/EntryJson.cmake OPTIONAL)
# Bank statements: the shared model and importer (bank/), one reader per format.
include(${CMAKE_CURRENT_LIST_DIR}/bank/Bank.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/bank/camt/Camt.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/bank/coda/Coda.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/bank/mt940/Mt940.cmake OPTIONAL)
