#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace kasboek::ui {

class MessageBanner;
class RecentFilesModel;

// The start page: what Kasboek is, the two ways in (a new file or an existing one)
// and the recently opened files. Problems opening a file are shown here in a banner.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(RecentFilesModel& recentFiles, QWidget* parent = nullptr);

    void showError(const QString& title, const QString& message);
    void clearError();
    [[nodiscard]] MessageBanner* errorBanner() const { return m_banner; }
    [[nodiscard]] QListView* recentFilesView() const { return m_recentView; }
    [[nodiscard]] QPushButton* newFileButton() const { return m_newButton; }
    [[nodiscard]] QPushButton* openFileButton() const { return m_openButton; }

signals:
    void newFileRequested();
    void openFileRequested();
    void recentFileActivated(const QString& path);
    void recentFileRemovalRequested(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateRecentState();
    void updateIcons();
    void removeCurrentRecentFile();

    RecentFilesModel& m_recentFiles;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_recentHeading = nullptr;
    QListView* m_recentView = nullptr;
    QLabel* m_noRecentFiles = nullptr;
};

} // namespace kasboek::ui
