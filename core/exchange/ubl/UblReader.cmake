# Reading a supplier's Peppol BIS 3.0 / EN 16931 UBL invoice or credit note into a purchase
# document (kasboek::exchange::ubl). Included from core/exchange/Exchange.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/UblReader.h ${CMAKE_CURRENT_LIST_DIR}/UblReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblReaderLimits.h
    ${CMAKE_CURRENT_LIST_DIR}/UblReaderState.h
    ${CMAKE_CURRENT_LIST_DIR}/UblReaderHeader.h ${CMAKE_CURRENT_LIST_DIR}/UblReaderHeader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblReaderAmounts.h ${CMAKE_CURRENT_LIST_DIR}/UblReaderAmounts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblReaderTotalsCheck.h ${CMAKE_CURRENT_LIST_DIR}/UblReaderTotalsCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseNode.h
    ${CMAKE_CURRENT_LIST_DIR}/UblParseTree.h ${CMAKE_CURRENT_LIST_DIR}/UblParseTree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseValues.h ${CMAKE_CURRENT_LIST_DIR}/UblParseValues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParsePercent.h ${CMAKE_CURRENT_LIST_DIR}/UblParsePercent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseParty.h ${CMAKE_CURRENT_LIST_DIR}/UblParseParty.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseLine.h ${CMAKE_CURRENT_LIST_DIR}/UblParseLine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseAllowanceCharge.h ${CMAKE_CURRENT_LIST_DIR}/UblParseAllowanceCharge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseTotals.h ${CMAKE_CURRENT_LIST_DIR}/UblParseTotals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblParseAttachment.h ${CMAKE_CURRENT_LIST_DIR}/UblParseAttachment.cpp)
