# kasboek-cli report: every report name through the real binary, its formats and usage errors.
# Included from tests/cli/CMakeLists.txt.
kasboek_add_test(CliReport SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCliReport.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.h LABELS cli reports)
target_compile_definitions(test_CliReport PRIVATE KASBOEK_CLI="$<TARGET_FILE:kasboek-cli>")
target_include_directories(test_CliReport PRIVATE ${CMAKE_CURRENT_LIST_DIR}
    ${PROJECT_SOURCE_DIR}/tests/core/storage)
add_dependencies(test_CliReport kasboek-cli)
