#include "dialogs/NewCompanyFileDialog.h"

#include "app/CompanyFileLoader.h"
#include "app/Countries.h"
#include "app/FileDialogProvider.h"
#include "widgets/FieldMessage.h"
#include "widgets/LabelStyle.h"
#include "widgets/MessageBanner.h"
#include "widgets/PassphraseEdit.h"
#include "widgets/PassphraseStrengthMeter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace kasboek::ui {

namespace {

// A field with its message right under it, as one cell of the form.
QVBoxLayout* fieldWithMessage(QWidget* field, QWidget* message, QWidget* extra = nullptr)
{
    auto* cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(3);
    cell->addWidget(field);
    if (extra)
        cell->addWidget(extra);
    cell->addWidget(message);
    return cell;
}

// A file name from the company name: the characters no file system accepts go.
QString fileNameFor(const QString& companyName)
{
    QString name = companyName.trimmed();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : forbidden)
        name.remove(c);
    name = name.simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name;
}

} // namespace

NewCompanyFileDialog::NewCompanyFileDialog(FileDialogProvider& fileDialogs, QWidget* parent)
    : QDialog(parent)
    , m_fileDialogs(fileDialogs)
    , m_loader(new CompanyFileLoader(this))
{
    setObjectName(QStringLiteral("newCompanyFileDialog"));
    setWindowTitle(tr("New Company File"));
    setAccessibleName(windowTitle());
    buildForm();
    connect(m_loader, &CompanyFileLoader::finished, this, &NewCompanyFileDialog::creationFinished);
    validate();
}

NewCompanyFileDialog::~NewCompanyFileDialog() = default;

void NewCompanyFileDialog::buildForm()
{
    auto* heading = new QLabel(tr("Create a new company file"), this);
    LabelStyle::makeHeading(heading, 1.3);
    auto* intro = new QLabel(tr("Kasboek keeps all the books of one company in a single file, encrypted with "
                                "a passphrase that only you know."),
                             this);
    intro->setWordWrap(true);
    LabelStyle::makeSecondary(intro);

    m_errorBanner = new MessageBanner(MessageBanner::Kind::Error, this);
    m_errorBanner->setObjectName(QStringLiteral("createError"));
    m_errorBanner->setClosable(true);

    // The company
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_name->setAccessibleName(tr("Company name"));
    m_name->setPlaceholderText(tr("As on your invoices"));
    m_nameMessage = new FieldMessage(FieldMessage::Kind::Error, this);
    m_nameMessage->setObjectName(QStringLiteral("companyNameMessage"));

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setAccessibleName(tr("Country"));
    for (const Countries::Country& country : Countries::supported())
        m_country->addItem(country.name, country.code);
    if (QLocale::system().territory() == QLocale::Netherlands)
        m_country->setCurrentIndex(m_country->findData(QStringLiteral("NL")));

    // The file
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("fileLocation"));
    m_location->setAccessibleName(tr("File location"));
    m_location->setPlaceholderText(tr("Where the file will be saved"));
    m_chooseLocation = new QPushButton(tr("C&hoose…"), this);
    m_chooseLocation->setObjectName(QStringLiteral("chooseLocationButton"));
    m_chooseLocation->setAccessibleName(tr("Choose file location"));
    m_chooseLocation->setAutoDefault(false);
    m_locationMessage = new FieldMessage(FieldMessage::Kind::Error, this);
    m_locationMessage->setObjectName(QStringLiteral("fileLocationMessage"));
    auto* locationRow = new QWidget(this);
    auto* locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_location, 1);
    locationLayout->addWidget(m_chooseLocation);

    // The passphrase
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_strength = new PassphraseStrengthMeter(this);
    m_strength->setObjectName(QStringLiteral("strengthMeter"));
    m_passphraseMessage = new FieldMessage(FieldMessage::Kind::Error, this);
    m_passphraseMessage->setObjectName(QStringLiteral("newPassphraseMessage"));
    m_confirmation = new PassphraseEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmPassphrase"));
    m_confirmation->setAccessibleName(tr("Confirm passphrase"));
    m_confirmationMessage = new FieldMessage(FieldMessage::Kind::Error, this);
    m_confirmationMessage->setObjectName(QStringLiteral("confirmPassphraseMessage"));
    m_capsLock = new FieldMessage(FieldMessage::Kind::Hint, this);
    m_capsLock->setObjectName(QStringLiteral("capsLockHint"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(10);
    auto addRow = [this, form](const QString& text, QWidget* buddy, QLayout* cell) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, cell);
    };
    addRow(tr("Company &name:"), m_name, fieldWithMessage(m_name, m_nameMessage));
    auto* countryLabel = new QLabel(tr("C&ountry:"), this);
    countryLabel->setBuddy(m_country);
    form->addRow(countryLabel, m_country);
    addRow(tr("&File:"), m_location, fieldWithMessage(locationRow, m_locationMessage));
    addRow(tr("&Passphrase:"), m_passphrase, fieldWithMessage(m_passphrase, m_passphraseMessage, m_strength));
    addRow(tr("Confir&m passphrase:"), m_confirmation,
           fieldWithMessage(m_confirmation, m_confirmationMessage, m_capsLock));

    m_warning = new MessageBanner(MessageBanner::Kind::Warning, this);
    m_warning->setObjectName(QStringLiteral("lostPassphraseWarning"));
    m_warning->setClosable(false);
    m_warning->showMessage(tr("A lost passphrase cannot be recovered"),
                           tr("Nobody can open this file without its passphrase: not you, not Kasboek's "
                              "makers. There is no reset. Write the passphrase down and keep it somewhere "
                              "safe."));
    m_understood = new QCheckBox(tr("I &understand that a lost passphrase cannot be recovered"), this);
    m_understood->setObjectName(QStringLiteral("understoodCheck"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->setAccessibleName(tr("Creating the file"));
    m_progressText
        = new QLabel(tr("Creating the file… deriving the key from your passphrase takes a moment."), this);
    m_progressText->setWordWrap(true);
    LabelStyle::makeSecondary(m_progressText, 0.9);
    m_progress->setVisible(false);
    m_progressText->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    // Standard buttons, so the platform orders them (and styles that show button icons
    // show one on both).
    m_create = m_buttons->addButton(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(10);
    layout->addWidget(m_errorBanner);
    layout->addLayout(form);
    layout->addSpacing(10);
    layout->addWidget(m_warning);
    layout->addSpacing(2);
    layout->addWidget(m_understood);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for calm line lengths; the layout's own minimum (the longest
    // translation of the checkbox) wins when it is wider.
    layout->activate();
    resize(std::max(600, minimumSizeHint().width()), minimumSizeHint().height());

    setTabOrder(m_name, m_country);
    setTabOrder(m_country, m_location);
    setTabOrder(m_location, m_chooseLocation);
    setTabOrder(m_chooseLocation, m_passphrase);
    setTabOrder(m_passphrase, m_confirmation);
    setTabOrder(m_confirmation, m_understood);
    setTabOrder(m_understood, m_create);
    setTabOrder(m_create, cancel);

    // textEdited and textChanged both re-validate: which of them Qt emits first is not promised.
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        suggestLocation();
        validate();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_location, &QLineEdit::textEdited, this, [this] {
        m_locationChosen = true;
        validate();
    });
    connect(m_location, &QLineEdit::textChanged, this, &NewCompanyFileDialog::validate);
    connect(m_location, &QLineEdit::editingFinished, this, &NewCompanyFileDialog::normaliseLocation);
    connect(m_chooseLocation, &QPushButton::clicked, this, &NewCompanyFileDialog::chooseLocation);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] {
        m_passphraseTouched = true;
        validate();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_strength->setPassphrase(text);
        validate();
    });
    connect(m_confirmation, &QLineEdit::textChanged, this, &NewCompanyFileDialog::validate);
    connect(m_understood, &QCheckBox::toggled, this, &NewCompanyFileDialog::validate);
    // Revealing one passphrase reveals both, so they can be compared by eye.
    connect(m_passphrase->revealAction(), &QAction::toggled, m_confirmation, &PassphraseEdit::setRevealed);
    connect(m_confirmation->revealAction(), &QAction::toggled, m_passphrase, &PassphraseEdit::setRevealed);
    for (PassphraseEdit* edit : { m_passphrase, m_confirmation }) {
        connect(edit, &PassphraseEdit::capsLockChanged, this,
                [this](bool on) { m_capsLock->setText(on ? tr("Caps Lock is on.") : QString()); });
    }
    connect(m_create, &QPushButton::clicked, this, &NewCompanyFileDialog::create);
    connect(cancel, &QPushButton::clicked, this, &NewCompanyFileDialog::reject);
}

std::unique_ptr<storage::CompanyFile> NewCompanyFileDialog::takeCompanyFile()
{
    return std::move(m_file);
}

QString NewCompanyFileDialog::filePath() const
{
    const QString location = m_location->text().trimmed();
    if (location.isEmpty())
        return {};
    QString path = QDir::cleanPath(QDir::fromNativeSeparators(location));
    if (QFileInfo(path).suffix().compare(fileSuffix(), Qt::CaseInsensitive) != 0)
        path += u'.' + fileSuffix();
    return path;
}

bool NewCompanyFileDialog::isBusy() const
{
    return m_loader->isBusy();
}

bool NewCompanyFileDialog::isInputValid() const
{
    return nameProblem().isEmpty() && locationProblem().isEmpty() && passphraseProblem().isEmpty()
        && confirmationProblem().isEmpty() && m_understood->isChecked();
}

void NewCompanyFileDialog::done(int result)
{
    // The file is half made while busy: neither Escape nor the window's close button
    // may walk away from it.
    if (isBusy())
        return;
    QDialog::done(result);
}

void NewCompanyFileDialog::chooseLocation()
{
    QString suggestion = filePath();
    if (suggestion.isEmpty())
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = m_fileDialogs.saveFileName(this, tr("Save New Company File"), suggestion,
                                                      tr("Kasboek files (*.%1)").arg(fileSuffix()));
    if (chosen.isEmpty())
        return;
    m_locationChosen = true;
    m_location->setText(QDir::toNativeSeparators(chosen));
    normaliseLocation();
}

void NewCompanyFileDialog::suggestLocation()
{
    if (m_locationChosen)
        return;
    const QString name = fileNameFor(m_name->text());
    if (name.isEmpty()) {
        m_location->clear();
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_location->setText(QDir::toNativeSeparators(QDir(folder).filePath(name + u'.' + fileSuffix())));
}

void NewCompanyFileDialog::normaliseLocation()
{
    const QString path = filePath();
    if (!path.isEmpty() && QDir::toNativeSeparators(path) != m_location->text())
        m_location->setText(QDir::toNativeSeparators(path));
}

QString NewCompanyFileDialog::nameProblem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the name of your company.");
    return {};
}

QString NewCompanyFileDialog::locationProblem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose where to save the file.");
    if (!QDir::isAbsolutePath(path))
        return tr("Enter the full path of the file, or click Choose.");
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return tr("This folder does not exist.");
    if (info.exists())
        return tr("A file with this name already exists. Kasboek never overwrites a file: choose another "
                  "name.");
    return {};
}

QString NewCompanyFileDialog::passphraseProblem() const
{
    const auto minimum = storage::CompanyFile::minimumPassphraseLength;
    if (PassphraseStrength::estimate(m_passphrase->text()).length() < minimum)
        return tr("Use at least %n characters.", nullptr, static_cast<int>(minimum));
    return {};
}

QString NewCompanyFileDialog::confirmationProblem() const
{
    if (m_confirmation->text() != m_passphrase->text())
        return m_confirmation->text().isEmpty() ? tr("Enter the passphrase again.")
                                                : tr("The passphrases do not match.");
    return {};
}

void NewCompanyFileDialog::validate()
{
    // Messages for fields the user has not reached yet would only nag.
    m_nameMessage->setText(m_nameTouched ? nameProblem() : QString());
    m_locationMessage->setText(m_locationChosen || !m_location->text().isEmpty() ? locationProblem()
                                                                                 : QString());
    m_passphraseMessage->setText(m_passphraseTouched ? passphraseProblem() : QString());
    m_confirmationMessage->setText(m_confirmation->text().isEmpty() ? QString() : confirmationProblem());
    m_create->setEnabled(!isBusy() && isInputValid());
    growToFit();
}

void NewCompanyFileDialog::growToFit()
{
    // A message that appears needs room. Qt does not grow a top-level window whose
    // wrapped labels need more height (height-for-width), so the dialog does it.
    QLayout* layout = this->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void NewCompanyFileDialog::create()
{
    if (isBusy() || !isInputValid())
        return;
    normaliseLocation();
    m_errorBanner->clear();
    const storage::NewCompany company { m_name->text().trimmed(), m_country->currentData().toString() };
    if (m_loader->create(filePath(), m_passphrase->copyPassphrase(), company))
        setBusy(true);
}

void NewCompanyFileDialog::creationFinished()
{
    auto result = m_loader->takeResult();
    setBusy(false);
    if (!result) {
        m_errorBanner->showMessage(tr("The file could not be created"), result.error().message);
        validate();
        return;
    }
    m_file = std::move(*result);
    m_passphrase->setText(QString());
    m_confirmation->setText(QString());
    accept();
}

void NewCompanyFileDialog::setBusy(bool busy)
{
    for (QWidget* input : std::initializer_list<QWidget*> { m_name, m_country, m_location, m_chooseLocation,
                                                            m_passphrase, m_confirmation, m_understood })
        input->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    validate();
}

} // namespace kasboek::ui
