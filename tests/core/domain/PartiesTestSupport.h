#pragma once

#include "TestSupport.h"

#include <QList>

// Asserts that a validator's validate() found exactly one problem: a Validation error on the
// field named, with a message for people.
#define KASBOEK_VERIFY_ONE_PROBLEM(problemsExpr, expectedField)                                              \
    do {                                                                                                     \
        const QList<kasboek::Error> kasboek_problems_ = (problemsExpr);                                      \
        QStringList kasboek_fields_;                                                                         \
        for (const kasboek::Error& kasboek_problem_ : kasboek_problems_)                                     \
            kasboek_fields_.append(kasboek_problem_.field + QStringLiteral(" (") + kasboek_problem_.message  \
                                   + QStringLiteral(")"));                                                   \
        QVERIFY2(kasboek_problems_.size() == 1, qPrintable(kasboek_fields_.join(QStringLiteral("; "))));     \
        QCOMPARE(kasboek_problems_.first().code, kasboek::ErrorCode::Validation);                            \
        QCOMPARE(kasboek_problems_.first().field, QString(expectedField));                                   \
        QVERIFY(!kasboek_problems_.first().message.isEmpty());                                               \
    } while (false)

// Asserts that a Result failed validation on the field named.
#define KASBOEK_VERIFY_FIELD_ERROR(expr, expectedField)                                                      \
    do {                                                                                                     \
        const auto& kasboek_invalid_ = (expr);                                                               \
        KASBOEK_VERIFY_ERROR(kasboek_invalid_, kasboek::ErrorCode::Validation);                              \
        QCOMPARE(kasboek_invalid_.error().field, QString(expectedField));                                    \
    } while (false)
