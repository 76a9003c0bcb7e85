# libFuzzer target for the camt.053 reader (Camt053Reader). Included from fuzz/CMakeLists.txt.
kasboek_add_fuzzer(fuzz_camt053_reader SOURCES ${CMAKE_CURRENT_LIST_DIR}/../FuzzCamt053Reader.cpp)
