# Exchange formats (kasboek::exchange). Each format keeps its list file beside its sources.
include(${CMAKE_CURRENT_LIST_DIR}/ubl/UblWriter.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/ubl/UblReader.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/documentjson/DocumentJson.cmake OPTIONAL)
# Reading the JSON objects scripts write (documents, entries): shared by the formats above.
target_sources(kasboek_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/json/JsonObjectReader.h
                                    ${CMAKE_CURRENT_LIST_DIR}/json/JsonObjectReader.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/entryjson/EntryJson.cmake OPTIONAL)
