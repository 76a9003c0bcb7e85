# Tests of the identifier value types (core/domain/Identifiers.cmake).
foreach(name Iban Bic BelgianEnterpriseNumber VatNumber KvkNumber StructuredCommunication CreditorReference
        PeppolParticipantId)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/IdentifierTestSupport.h LABELS identifiers)
endforeach()
