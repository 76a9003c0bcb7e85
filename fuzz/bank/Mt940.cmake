# libFuzzer target for the MT940 bank statement reader (fuzz/README.md). Included from
# fuzz/CMakeLists.txt after kasboek_add_fuzzer is defined.
kasboek_add_fuzzer(fuzz_mt940_reader SOURCES ${CMAKE_CURRENT_LIST_DIR}/../FuzzMt940Reader.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/BankStatementInvariants.h)
