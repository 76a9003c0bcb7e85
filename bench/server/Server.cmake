# kasboek_bench_syncd: the sync server's load and fault test (docs/operations.md,
# "Capacity"). It starts kasboek-syncd on 127.0.0.1 itself, so it needs the server
# target; run-load.sh runs it on both engines with a throwaway PostgreSQL.
if(TARGET kasboek-syncd)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Network Sql)
    add_executable(kasboek_bench_syncd
        ${CMAKE_CURRENT_LIST_DIR}/SyncLoadBench.cpp
        ${CMAKE_CURRENT_LIST_DIR}/LoadClient.h ${CMAKE_CURRENT_LIST_DIR}/LoadClient.cpp
        ${CMAKE_CURRENT_LIST_DIR}/BenchServer.h ${CMAKE_CURRENT_LIST_DIR}/BenchServer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/BenchHttp.h ${CMAKE_CURRENT_LIST_DIR}/BenchHttp.cpp)
    target_link_libraries(kasboek_bench_syncd PRIVATE kasboek_build_settings Qt6::Network Qt6::Sql OpenSSL::Crypto)
    target_compile_definitions(kasboek_bench_syncd PRIVATE KASBOEK_SYNCD="$<TARGET_FILE:kasboek-syncd>")
    add_dependencies(kasboek_bench_syncd kasboek-syncd)
endif()
