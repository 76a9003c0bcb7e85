# Reading Belgian CODA bank statements (kasboek::exchange::bank::CodaReader), and the text helpers
# it shares with the MT940 reader (bank/text). Included from core/exchange/Exchange.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CodaReader.h ${CMAKE_CURRENT_LIST_DIR}/CodaReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CodaRecord.h ${CMAKE_CURRENT_LIST_DIR}/CodaRecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CodaAccount.h ${CMAKE_CURRENT_LIST_DIR}/CodaAccount.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CodaMovement.h
    ${CMAKE_CURRENT_LIST_DIR}/CodaCommunication.h ${CMAKE_CURRENT_LIST_DIR}/CodaCommunication.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CodaStatementParser.h ${CMAKE_CURRENT_LIST_DIR}/CodaStatementParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CodaGlobalisation.h ${CMAKE_CURRENT_LIST_DIR}/CodaGlobalisation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../text/BankText.h ${CMAKE_CURRENT_LIST_DIR}/../text/BankText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../text/BankDate.h ${CMAKE_CURRENT_LIST_DIR}/../text/BankDate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../text/BankAccountText.h ${CMAKE_CURRENT_LIST_DIR}/../text/BankAccountText.cpp)
