# kasboek-cli's bookkeeping commands through the real binary (included from
# tests/cli/CMakeLists.txt):
#   CliInvoicing  company set, contacts add/list, invoices issue/list, payments record
#   CliEntries    entries add/opening/reverse, period lock, year close
foreach(test CliInvoicing CliEntries CliExpenses)
    kasboek_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${test}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/CliTestSupport.h LABELS cli ledger)
    target_compile_definitions(test_${test} PRIVATE KASBOEK_CLI="$<TARGET_FILE:kasboek-cli>")
    # StorageTestSupport.h: the company file is made in-process, then left to the binary.
    target_include_directories(test_${test} PRIVATE ${CMAKE_CURRENT_LIST_DIR}
        ${PROJECT_SOURCE_DIR}/tests/core/storage)
    add_dependencies(test_${test} kasboek-cli)
endforeach()
