# Tests of reading camt.053 bank statements (kasboek::exchange::bank::Camt053Reader). Included
# from tests/core/CMakeLists.txt. The statements in tests/data/bank/camt are checked against the
# ISO 20022 schemas with ../shared/standards/validate-camt.
kasboek_add_test(Camt053Reader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCamt053Reader.cpp LABELS exchange bank)
kasboek_add_test(Camt053ReaderRefusals SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCamt053ReaderRefusals.cpp
                 LABELS exchange bank)
kasboek_add_test(Camt053Fixtures SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCamt053Fixtures.cpp
                 LABELS exchange bank NEEDS_SHARED)
