#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace kasboek::test {

// The folder of committed test data (tests/data).
QString dataDir();

// ../shared, or an empty string when it is not there. Tests that need it call
// requireSharedDir() first, which exits the process with ctest's skip code and the
// reason when it is missing: a skip is reported, never a silent pass.
QString sharedDir();
QString requireSharedDir(const char* why);

// The passphrase used by tests that do not care which one. Every test file uses the
// real KDF profile: there is deliberately no weaker one a file could be made with.
QByteArray testPassphrase();

} // namespace kasboek::test

// QVERIFY for Result<T>: on failure prints the error's code and message.
#define KASBOEK_VERIFY_OK(expr)                                                                              \
    do {                                                                                                     \
        const auto& kasboek_result_ = (expr);                                                                \
        if (!kasboek_result_.has_value())                                                                    \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2")                                                 \
                                 .arg(QStringLiteral(#expr),                                                 \
                                      kasboek_result_.error().toString() + QStringLiteral(" [")              \
                                          + kasboek_result_.error().detail + QStringLiteral("]"))));         \
    } while (false)

// Asserts that a Result<T> failed with the given ErrorCode.
#define KASBOEK_VERIFY_ERROR(expr, expectedCode)                                                             \
    do {                                                                                                     \
        const auto& kasboek_result_ = (expr);                                                                \
        QVERIFY2(!kasboek_result_.has_value(), #expr " unexpectedly succeeded");                             \
        QCOMPARE(kasboek_result_.error().code, expectedCode);                                                \
    } while (false)
