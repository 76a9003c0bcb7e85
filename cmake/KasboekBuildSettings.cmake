# Everything every Kasboek target shares: the language standard, warnings and the
# Qt macros that keep string handling explicit. Every target links kasboek_build_settings.
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(kasboek_build_settings INTERFACE)
target_compile_features(kasboek_build_settings INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(kasboek_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    KASBOEK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(kasboek_build_settings INTERFACE /W4 /permissive- /utf-8)
    if(KASBOEK_WERROR)
        target_compile_options(kasboek_build_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(kasboek_build_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Wunused -Woverloaded-virtual -Wnull-dereference
        -Wimplicit-fallthrough -Wformat=2)
    if(KASBOEK_WERROR)
        target_compile_options(kasboek_build_settings INTERFACE -Werror)
    endif()
endif()
