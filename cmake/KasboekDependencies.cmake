# Third-party packages. scripts/install-deps.sh installs them on Debian/Ubuntu;
# docs/building.md names the Homebrew and vcpkg equivalents.
# LinguistTools (lupdate, lrelease) builds the message catalogues every program embeds.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Test LinguistTools)
if(KASBOEK_BUILD_UI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets)
endif()
find_package(OpenSSL 3.0 REQUIRED)
find_package(PkgConfig REQUIRED)
# SQLCipher: the company file's storage engine. Its sqlite3.h must win over the
# system SQLite's, hence the dedicated imported target.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)
