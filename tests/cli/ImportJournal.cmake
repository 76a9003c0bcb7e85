# kasboek-cli import journal-csv through the real binary (included from tests/cli/CMakeLists.txt).
kasboek_add_test(CliImportJournal SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliImportJournal.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.h LABELS cli import)
target_compile_definitions(test_CliImportJournal PRIVATE KASBOEK_CLI="$<TARGET_FILE:kasboek-cli>")
# StorageTestSupport.h: the company file is made in-process, then left to the binary.
target_include_directories(test_CliImportJournal PRIVATE ${CMAKE_CURRENT_LIST_DIR}
    ${PROJECT_SOURCE_DIR}/tests/core/storage)
add_dependencies(test_CliImportJournal kasboek-cli)
