# Peppol BIS Billing 3.0 / UBL 2.1 export of invoices and credit notes (kasboek::exchange::ubl).
# Included from core/exchange/Exchange.cmake. Qt Core only.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/UblNamespaces.h
    ${CMAKE_CURRENT_LIST_DIR}/UblIdentifier.h
    ${CMAKE_CURRENT_LIST_DIR}/UblDocumentContext.h
    ${CMAKE_CURRENT_LIST_DIR}/UblXmlWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblXmlWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblFormat.h ${CMAKE_CURRENT_LIST_DIR}/UblFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblWording.h ${CMAKE_CURRENT_LIST_DIR}/UblWording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblPartyIdentifiers.h ${CMAKE_CURRENT_LIST_DIR}/UblPartyIdentifiers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblPartyWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblPartyWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblPaymentWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblPaymentWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblAttachmentWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblAttachmentWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblTaxWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblTaxWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblLineWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblLineWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UblWriter.h ${CMAKE_CURRENT_LIST_DIR}/UblWriter.cpp)
