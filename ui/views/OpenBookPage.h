#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::ui {

// What an unlocked company file shows, for now: whose books these are (the company's
// name and country), which file they are in, and the ways out (Lock, Close file). The
// sidebar, lists and editors will grow here.
class OpenBookPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OpenBookPage(QWidget* parent = nullptr);

    // Reads what it shows from the open file (the company profile through the core);
    // keeps no reference to it.
    void showBook(storage::CompanyFile& file);
    [[nodiscard]] QString details() const;
    [[nodiscard]] QString title() const;

    // A paragraph above the content about what happened on opening (recurring invoices
    // made); hidden when empty.
    void showNotice(const QString& text);
    [[nodiscard]] QString notice() const;

    [[nodiscard]] QPushButton* lockButton() const { return m_lock; }
    [[nodiscard]] QPushButton* closeButton() const { return m_close; }

signals:
    void lockRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcons();

    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_lock = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace kasboek::ui
