# Tests of reading a supplier's Peppol BIS 3.0 UBL file (kasboek::exchange::ubl). Included from
# tests/core/CMakeLists.txt. The sample files in tests/data/ubl are checked with validate-peppol.
kasboek_add_test(UblReader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUblReader.cpp LABELS exchange)
kasboek_add_test(UblReaderHostile SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUblReaderHostile.cpp LABELS exchange)
# What UblWriter exports (tests/support/DocumentFixtures.h), UblReader reads back.
kasboek_add_test(UblReaderRoundTrip SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUblReaderRoundTrip.cpp LABELS exchange)
