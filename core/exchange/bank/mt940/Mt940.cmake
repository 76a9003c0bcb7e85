# Reading SWIFT MT940 bank statements (kasboek::exchange::bank::Mt940Reader). Included from
# core/exchange/Exchange.cmake; the text helpers it shares with CODA are listed in
# bank/coda/Coda.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Reader.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Field.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Field.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Lexer.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Lexer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Amount.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Amount.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Balance.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Balance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Account.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Account.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940StatementLine.h ${CMAKE_CURRENT_LIST_DIR}/Mt940StatementLine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940Information.h ${CMAKE_CURRENT_LIST_DIR}/Mt940Information.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mt940StatementBuilder.h ${CMAKE_CURRENT_LIST_DIR}/Mt940StatementBuilder.cpp)
