# Tests of the sample books (core/books/demo).
kasboek_add_test(DemoBook SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDemoBook.cpp LABELS documents)
