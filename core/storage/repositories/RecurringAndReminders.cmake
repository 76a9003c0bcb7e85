# Recurring invoices (templates and their schedule) and payment reminders in the company file
# (kasboek::storage). Included from Repositories.cmake.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecurringTemplate.h
    ${CMAKE_CURRENT_LIST_DIR}/RecurringTemplateContent.h ${CMAKE_CURRENT_LIST_DIR}/RecurringTemplateContent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecurringTemplateRepository.h ${CMAKE_CURRENT_LIST_DIR}/RecurringTemplateRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Reminder.h
    ${CMAKE_CURRENT_LIST_DIR}/ReminderRepository.h ${CMAKE_CURRENT_LIST_DIR}/ReminderRepository.cpp)
