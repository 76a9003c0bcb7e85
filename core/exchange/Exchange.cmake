# Exchange formats (kasboek::exchange). Each format keeps its list file beside its sources.
include(${CMAKE_CURRENT_LIST_DIR}/ubl/UblWriter.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/ubl/UblReader.cmake OPTIONAL)
