# Tests of reading SWIFT MT940 bank statements (kasboek::exchange::bank::Mt940Reader). Included
# from tests/core/CMakeLists.txt. The files in tests/data/bank/mt940 follow the layouts ING,
# ABN AMRO and Rabobank describe for their MT940 exports.
kasboek_add_test(Mt940Reader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMt940Reader.cpp LABELS exchange bank)
kasboek_add_test(Mt940ReaderHostile SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMt940ReaderHostile.cpp LABELS exchange bank)
