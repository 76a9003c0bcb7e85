# Contacts, products and the company profile: the parties and items documents refer to,
# with their validation rules (kasboek::domain). Included from core/domain/CMakeLists.txt.
target_sources(kasboek_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FieldRules.h ${CMAKE_CURRENT_LIST_DIR}/FieldRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Contact.h
    ${CMAKE_CURRENT_LIST_DIR}/ContactValidator.h ${CMAKE_CURRENT_LIST_DIR}/ContactValidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CompanyProfile.h
    ${CMAKE_CURRENT_LIST_DIR}/CompanyProfileValidator.h ${CMAKE_CURRENT_LIST_DIR}/CompanyProfileValidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnitCodes.h ${CMAKE_CURRENT_LIST_DIR}/UnitCodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Product.h
    ${CMAKE_CURRENT_LIST_DIR}/ProductValidator.h ${CMAKE_CURRENT_LIST_DIR}/ProductValidator.cpp)
