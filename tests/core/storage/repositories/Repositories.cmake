# Tests of the repositories (core/storage/repositories), each on a real encrypted file.
foreach(name ContactRepository ProductRepository CompanyProfileRepository SettingsRepository)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/RepositoryTestSupport.h LABELS parties)
endforeach()
