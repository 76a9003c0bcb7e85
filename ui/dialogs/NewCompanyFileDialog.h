#pragma once

#include "storage/CompanyFile.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kasboek::ui {

class CompanyFileLoader;
class FieldMessage;
class FileDialogProvider;
class MessageBanner;
class PassphraseEdit;
class PassphraseStrengthMeter;

// Creates a new, encrypted company file: the company's name and country, where the
// file goes, and its passphrase (twice, with a strength meter and a plain warning
// that a lost passphrase cannot be recovered). Create stays disabled until every
// field is acceptable; each field says what is wrong with it.
//
// The file is created here, off the UI thread, so the dialog can show problems (a
// folder that refuses writes, a name taken meanwhile) next to the fields they
// concern. On success the dialog is accepted and takeCompanyFile() hands over the
// open file.
class NewCompanyFileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewCompanyFileDialog(FileDialogProvider& fileDialogs, QWidget* parent = nullptr);
    ~NewCompanyFileDialog() override;

    [[nodiscard]] std::unique_ptr<storage::CompanyFile> takeCompanyFile();

    // The path the file will get: the location with ".kasboek" added when missing.
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isInputValid() const;
    [[nodiscard]] QPushButton* createButton() const { return m_create; }
    [[nodiscard]] MessageBanner* errorBanner() const { return m_errorBanner; }

    static QString fileSuffix() { return QStringLiteral("kasboek"); }

public slots:
    void done(int result) override;

private:
    void buildForm();
    void chooseLocation();
    void suggestLocation();
    void normaliseLocation();
    void validate();
    void growToFit();
    void create();
    void creationFinished();
    void setBusy(bool busy);
    [[nodiscard]] QString nameProblem() const;
    [[nodiscard]] QString locationProblem() const;
    [[nodiscard]] QString passphraseProblem() const;
    [[nodiscard]] QString confirmationProblem() const;

    FileDialogProvider& m_fileDialogs;
    CompanyFileLoader* m_loader = nullptr;
    std::unique_ptr<storage::CompanyFile> m_file;

    QLineEdit* m_name = nullptr;
    FieldMessage* m_nameMessage = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_location = nullptr;
    QPushButton* m_chooseLocation = nullptr;
    FieldMessage* m_locationMessage = nullptr;
    PassphraseEdit* m_passphrase = nullptr;
    PassphraseStrengthMeter* m_strength = nullptr;
    FieldMessage* m_passphraseMessage = nullptr;
    PassphraseEdit* m_confirmation = nullptr;
    FieldMessage* m_confirmationMessage = nullptr;
    FieldMessage* m_capsLock = nullptr;
    MessageBanner* m_warning = nullptr;
    QCheckBox* m_understood = nullptr;
    MessageBanner* m_errorBanner = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_create = nullptr;

    // The location follows the company name until the user picks or types one.
    bool m_locationChosen = false;
    // Messages appear once the user has worked on a field, not on an empty form.
    bool m_nameTouched = false;
    bool m_passphraseTouched = false;
};

} // namespace kasboek::ui
