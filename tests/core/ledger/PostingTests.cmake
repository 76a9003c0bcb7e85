# Automatic postings (core/ledger/postings): issuing, paying and importing documents.
kasboek_add_test(DocumentPosting SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentPosting.cpp LABELS ledger books)
