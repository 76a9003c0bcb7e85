# Tests of contacts, products and the company profile (core/domain/Parties.cmake).
foreach(name ContactValidator ProductValidator CompanyProfileValidator)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/PartiesTestSupport.h LABELS parties)
endforeach()
