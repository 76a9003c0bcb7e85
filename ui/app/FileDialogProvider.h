#pragma once

#include <QString>

class QWidget;

namespace kasboek::ui {

// How the UI asks for a file name. Windows and dialogs take one through their
// constructor instead of calling QFileDialog themselves, so tests can pre-set the
// answer and never block on a native dialog (KeePassXC's file-dialog hook).
class FileDialogProvider
{
public:
    virtual ~FileDialogProvider() = default;

    // An existing file to open; empty when the user cancelled.
    [[nodiscard]] virtual QString openFileName(QWidget* parent, const QString& caption,
                                               const QString& directory, const QString& filter)
        = 0;
    // Where to save a new file; empty when the user cancelled. Never asks to overwrite:
    // the caller refuses existing files itself.
    [[nodiscard]] virtual QString saveFileName(QWidget* parent, const QString& caption,
                                               const QString& suggestedPath, const QString& filter)
        = 0;

protected:
    FileDialogProvider() = default;
    FileDialogProvider(const FileDialogProvider&) = default;
    FileDialogProvider& operator=(const FileDialogProvider&) = default;
};

} // namespace kasboek::ui
