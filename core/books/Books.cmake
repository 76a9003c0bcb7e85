# Services over storage (kasboek::books). Each area keeps its own list file.
include(${CMAKE_CURRENT_LIST_DIR}/Invoicing.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/RecurringAndReminders.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/Purchases.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/Demo.cmake OPTIONAL)
