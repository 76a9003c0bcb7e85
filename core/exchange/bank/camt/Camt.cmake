# Reading an ISO 20022 camt.053 bank statement (kasboek::exchange::bank::Camt053Reader). Included
# from core/exchange/Exchange.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Camt053Reader.h ${CMAKE_CURRENT_LIST_DIR}/Camt053Reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CamtLimits.h
    ${CMAKE_CURRENT_LIST_DIR}/CamtNode.h
    ${CMAKE_CURRENT_LIST_DIR}/CamtSubtree.h ${CMAKE_CURRENT_LIST_DIR}/CamtSubtree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CamtXmlScanner.h ${CMAKE_CURRENT_LIST_DIR}/CamtXmlScanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CamtValues.h ${CMAKE_CURRENT_LIST_DIR}/CamtValues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CamtStatementBuilder.h ${CMAKE_CURRENT_LIST_DIR}/CamtStatementBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CamtEntryReader.h ${CMAKE_CURRENT_LIST_DIR}/CamtEntryReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CamtTransactionDetails.h ${CMAKE_CURRENT_LIST_DIR}/CamtTransactionDetails.cpp)
