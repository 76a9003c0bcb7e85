# Quotes, invoices, credit notes and purchase documents: the types, their calculation and
# the rules for issuing them (kasboek::domain). Included from core/domain/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DocumentType.h ${CMAKE_CURRENT_LIST_DIR}/DocumentType.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentParty.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentLine.h
    ${CMAKE_CURRENT_LIST_DIR}/Document.h
    ${CMAKE_CURRENT_LIST_DIR}/DocumentCalculation.h ${CMAKE_CURRENT_LIST_DIR}/DocumentCalculation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LegalMentions.h ${CMAKE_CURRENT_LIST_DIR}/LegalMentions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceRequirements.h ${CMAKE_CURRENT_LIST_DIR}/InvoiceRequirements.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceSchedule.h ${CMAKE_CURRENT_LIST_DIR}/RecurrenceSchedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReminderPolicy.h ${CMAKE_CURRENT_LIST_DIR}/ReminderPolicy.cpp)
