# Reading the JSON description of a sales document (kasboek::exchange::documentjson), the input
# of `kasboek-cli invoices issue`. Included from tests/core/CMakeLists.txt.
kasboek_add_test(DocumentDescriptionReader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentDescriptionReader.cpp
                 LABELS exchange)
