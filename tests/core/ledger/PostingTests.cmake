# Automatic postings (core/ledger/postings): issuing, paying and importing documents.
kasboek_add_test(DocumentPosting SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentPosting.cpp LABELS ledger books)
# Payments with bank charges, an excess kept on account, or a shortfall written off.
kasboek_add_test(PaymentSettlement SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPaymentSettlement.cpp LABELS ledger books)
