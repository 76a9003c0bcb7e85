# Identifier value types: bank accounts, company and VAT numbers, payment references, Peppol ids.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IdentifierText.h ${CMAKE_CURRENT_LIST_DIR}/IdentifierText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IsoCountryCodes.h ${CMAKE_CURRENT_LIST_DIR}/IsoCountryCodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IbanRegistry.h ${CMAKE_CURRENT_LIST_DIR}/IbanRegistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Iban.h ${CMAKE_CURRENT_LIST_DIR}/Iban.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Bic.h ${CMAKE_CURRENT_LIST_DIR}/Bic.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BelgianEnterpriseNumber.h ${CMAKE_CURRENT_LIST_DIR}/BelgianEnterpriseNumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VatNumber.h ${CMAKE_CURRENT_LIST_DIR}/VatNumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KvkNumber.h ${CMAKE_CURRENT_LIST_DIR}/KvkNumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StructuredCommunication.h ${CMAKE_CURRENT_LIST_DIR}/StructuredCommunication.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CreditorReference.h ${CMAKE_CURRENT_LIST_DIR}/CreditorReference.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PeppolParticipantId.h ${CMAKE_CURRENT_LIST_DIR}/PeppolParticipantId.cpp)
