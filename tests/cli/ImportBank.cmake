# kasboek-cli import bank through the real binary (included from tests/cli/CMakeLists.txt).
kasboek_add_test(CliImportBank SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliImportBank.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.h LABELS cli bank)
target_compile_definitions(test_CliImportBank PRIVATE KASBOEK_CLI="$<TARGET_FILE:kasboek-cli>")
# StorageTestSupport.h: the company file is made in-process, then left to the binary.
target_include_directories(test_CliImportBank PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests/core/storage)
add_dependencies(test_CliImportBank kasboek-cli)
