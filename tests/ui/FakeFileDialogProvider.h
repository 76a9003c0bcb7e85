#pragma once

#include "app/FileDialogProvider.h"

#include <QStringList>

namespace kasboek::test {

// Answers file dialogs from queues the test fills beforehand; an empty queue answers
// like a user who pressed Cancel. Records what was asked, to assert on.
class FakeFileDialogProvider final : public ui::FileDialogProvider
{
public:
    QStringList openAnswers;
    QStringList saveAnswers;
    int openCalls = 0;
    int saveCalls = 0;
    QString lastSuggestedPath;

    QString openFileName(QWidget*, const QString&, const QString& directory, const QString&) override
    {
        ++openCalls;
        lastSuggestedPath = directory;
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }

    QString saveFileName(QWidget*, const QString&, const QString& suggestedPath, const QString&) override
    {
        ++saveCalls;
        lastSuggestedPath = suggestedPath;
        return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
    }
};

} // namespace kasboek::test
