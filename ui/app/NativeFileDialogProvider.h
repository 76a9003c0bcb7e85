#pragma once

#include "app/FileDialogProvider.h"

namespace kasboek::ui {

// The real thing: the platform's file dialogs through QFileDialog.
class NativeFileDialogProvider final : public FileDialogProvider
{
public:
    [[nodiscard]] QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                       const QString& filter) override;
    [[nodiscard]] QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                       const QString& filter) override;
};

} // namespace kasboek::ui
