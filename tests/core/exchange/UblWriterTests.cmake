# Tests of the Peppol BIS 3.0 UBL export (kasboek::exchange::ubl). Included from
# tests/core/CMakeLists.txt.
kasboek_add_test(UblWriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUblWriter.cpp LABELS exchange)
# The official validators in ../shared: the UBL 2.1 schema, EN 16931 and Peppol Schematron.
kasboek_add_test(UblPeppolValidation SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUblWriterPeppolValidation.cpp
    LABELS exchange NEEDS_SHARED)
