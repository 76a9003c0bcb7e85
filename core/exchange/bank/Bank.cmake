# Bank statements: the model every format is read into, format recognition, and the reader that
# picks the format's own reader (camt/, coda/, mt940/).
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BankStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/BankFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/BankFormat.cpp)
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/camt/Camt053Reader.h AND EXISTS ${CMAKE_CURRENT_LIST_DIR}/coda/CodaReader.h
   AND EXISTS ${CMAKE_CURRENT_LIST_DIR}/mt940/Mt940Reader.h)
    target_sources(kasboek_core PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/BankStatementReader.h
        ${CMAKE_CURRENT_LIST_DIR}/BankStatementReader.cpp)
endif()
