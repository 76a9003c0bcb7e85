# Tests of recurring invoices and payment reminders (core/books, core/storage) on real
# encrypted files: the schema's guarantees, making occurrences, reminders and their settings.
foreach(name RecurringSchema RecurringInvoices Reminders)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/RecurringTestSupport.h LABELS documents books recurring)
endforeach()
