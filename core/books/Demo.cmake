# The sample books of `kasboek-cli demo` and the desktop app's "open a sample" (kasboek::books).
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demo/DemoCatalog.h ${CMAKE_CURRENT_LIST_DIR}/demo/DemoCatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo/DemoBook.h ${CMAKE_CURRENT_LIST_DIR}/demo/DemoBook.cpp)
