# Tests of invoicing (core/books): the document state from facts, and the invoicing service
# on real encrypted files: drafts, issuing and numbering, credit notes, quotes, payments.
foreach(name DocumentState InvoicingService IssueNumbering CreditNotes Quotes Payments LifeCycle)
    kasboek_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/Test${name}.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/BooksTestSupport.h LABELS documents books)
endforeach()
# Expenses from receipts (core/books/ExpenseRecorder): the document, the receipt, the entry.
kasboek_add_test(ExpenseRecorder SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestExpenseRecorder.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/BooksTestSupport.h LABELS books ledger)
