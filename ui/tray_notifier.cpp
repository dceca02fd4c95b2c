#include "tray_notifier.h"

#include "resources_init.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace swarmscope::ui {

namespace {
constexpr int kNotificationMs = 6000;
constexpr int kMaxPreview = 160;  // characters of a message shown in a notification
}  // namespace

TrayNotifier::TrayNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_icon(new QSystemTrayIcon(this))
    , m_showAction(new QAction(this))
    , m_quitAction(new QAction(this))
{
    initResources();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(m_showAction);
    m_menu->addSeparator();
    m_menu->addAction(m_quitAction);
    m_icon->setIcon(QIcon(QStringLiteral(":/icons/swarmscope.svg")));
    m_icon->setContextMenu(m_menu);

    connect(m_showAction, &QAction::triggered, this, &TrayNotifier::showWindow);
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindow);
    retranslate();
    m_icon->show();
}

TrayNotifier::~TrayNotifier()
{
    m_icon->hide();
}

bool TrayNotifier::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::setUnread(int unread)
{
    m_unread = unread;
    retranslate();
}

void TrayNotifier::notify(const QString &title, const QString &text)
{
    if (!QSystemTrayIcon::supportsMessages())
        return;
    QString preview = text;
    if (preview.size() > kMaxPreview)
        preview = preview.left(kMaxPreview) + QChar(0x2026);
    m_icon->showMessage(title, preview, QSystemTrayIcon::Information, kNotificationMs);
}

void TrayNotifier::retranslate()
{
    m_icon->setToolTip(m_unread > 0 ? tr("Swarmscope: %n unread message(s)", nullptr, m_unread) : tr("Swarmscope"));
    m_showAction->setText(tr("Show Swarmscope"));
    m_quitAction->setText(tr("Quit"));
}

void TrayNotifier::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

}  // namespace swarmscope::ui
