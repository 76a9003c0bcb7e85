#pragma once

#include "TestSupport.h"

// Asserts that parsing failed as a validation error for the expected reason (Error::detail,
// a stable token such as "checksum" or "length"), with a message for people and no field
// (the caller of parse() names the field).
#define KASBOEK_VERIFY_REJECTED(expr, reason)                                                                \
    do {                                                                                                     \
        const auto& kasboek_rejected_ = (expr);                                                              \
        KASBOEK_VERIFY_ERROR(kasboek_rejected_, kasboek::ErrorCode::Validation);                             \
        QCOMPARE(kasboek_rejected_.error().detail, QStringLiteral(reason));                                  \
        QVERIFY(!kasboek_rejected_.error().message.isEmpty());                                               \
        QVERIFY(kasboek_rejected_.error().field.isEmpty());                                                  \
    } while (false)

// Declares `name` as the value of a Result the test expects to hold one; when it holds an
// error the test function fails there, instead of dereferencing the error.
#define KASBOEK_PARSE_OK(name, expr)                                                                         \
    const auto name##Result_ = (expr);                                                                       \
    KASBOEK_VERIFY_OK(name##Result_);                                                                        \
    const auto& name = *name##Result_
