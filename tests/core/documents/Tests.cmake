# Tests of the documents in the company file (core/storage/repositories: schema, numbering,
# documents, events, payments), each on a real encrypted file where storage is involved.
foreach(name NumberPattern DocumentSchema NumberSeriesRepository DocumentRepository DocumentEventRepository
             PaymentRepository)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp)
        kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                         ${CMAKE_CURRENT_LIST_DIR}/DocumentTestSupport.h LABELS documents)
    endif()
endforeach()
