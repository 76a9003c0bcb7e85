# Tests of the document types, their calculation and the rules for issuing them
# (core/domain/documents).
foreach(name DocumentCalculation LegalMentions InvoiceRequirements RecurrenceSchedule ReminderPolicy)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/DocumentTestSupport.h LABELS documents)
endforeach()
