# libFuzzer target for the CODA bank statement reader (fuzz/README.md). Included from
# fuzz/CMakeLists.txt after kasboek_add_fuzzer is defined.
kasboek_add_fuzzer(fuzz_coda_reader SOURCES ${CMAKE_CURRENT_LIST_DIR}/../FuzzCodaReader.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/BankStatementInvariants.h)
