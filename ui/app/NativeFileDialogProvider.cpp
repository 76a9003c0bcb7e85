#include "app/NativeFileDialogProvider.h"

#include <QFileDialog>

namespace kasboek::ui {

QString NativeFileDialogProvider::openFileName(QWidget* parent, const QString& caption,
                                               const QString& directory, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString NativeFileDialogProvider::saveFileName(QWidget* parent, const QString& caption,
                                               const QString& suggestedPath, const QString& filter)
{
    // The new-file dialog explains an existing file in its own words and never
    // overwrites, so the platform's "Replace?" question would only mislead.
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

} // namespace kasboek::ui
