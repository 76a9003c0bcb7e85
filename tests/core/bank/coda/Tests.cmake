# Tests of reading Belgian CODA bank statements (kasboek::exchange::bank::CodaReader) and of the
# text helpers the CODA and MT940 readers share. Included from tests/core/CMakeLists.txt. The
# files in tests/data/bank/coda are written from the Febelfin CODA 2.6 record layouts.
kasboek_add_test(BankText SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBankText.cpp LABELS exchange bank)
kasboek_add_test(CodaReader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCodaReader.cpp LABELS exchange bank)
kasboek_add_test(CodaReaderHostile SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCodaReaderHostile.cpp LABELS exchange bank)
