# Recurring invoices and payment reminders (kasboek::books). Included from Books.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecurringOccurrence.h ${CMAKE_CURRENT_LIST_DIR}/RecurringFailure.h
    ${CMAKE_CURRENT_LIST_DIR}/RecurringRun.h
    ${CMAKE_CURRENT_LIST_DIR}/RecurringInvoices.h ${CMAKE_CURRENT_LIST_DIR}/RecurringInvoices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReminderDue.h ${CMAKE_CURRENT_LIST_DIR}/ReminderLetter.h
    ${CMAKE_CURRENT_LIST_DIR}/Reminders.h ${CMAKE_CURRENT_LIST_DIR}/Reminders.cpp)
