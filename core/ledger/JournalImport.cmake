# Importing journal lines from the neutral journal CSV of the reference workload (`kasboek-cli
# import journal-csv`): the streaming reader (kasboek::exchange::journalcsv) and the importer that
# posts its transactions in one unit of work (kasboek::ledger). Included from core/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../exchange/journalcsv/JournalCsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/../exchange/journalcsv/JournalCsvReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JournalImporter.h ${CMAKE_CURRENT_LIST_DIR}/JournalImporter.cpp)
