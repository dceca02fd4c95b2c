#include "preferences_dialog.h"

#include "appearance_page.h"
#include "files_page.h"
#include "inspector/color_scheme.h"
#include "network_page.h"
#include "notifications_page.h"
#include "profile_page.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace swarmscope::ui {

PreferencesDialog::PreferencesDialog(const Setup &setup, Applier applier, QWidget *parent)
    : QDialog(parent)
    , m_applier(std::move(applier))
    , m_atOpening(setup.current)
    , m_location(setup.location)
    , m_loadFailed(!setup.loadProblem.isEmpty())
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_locationLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_list->setObjectName(QStringLiteral("preferencesPages"));
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    m_stack->setObjectName(QStringLiteral("preferencesStack"));
    m_status->setObjectName(QStringLiteral("preferencesStatus"));
    m_status->setWordWrap(true);
    m_locationLabel->setObjectName(QStringLiteral("preferencesLocation"));
    m_locationLabel->setWordWrap(true);
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_locationLabel->setEnabled(false);  // secondary text

    m_pages = {new ProfilePage(m_stack), new NetworkPage(m_stack), new NotificationsPage(m_stack),
               new AppearancePage(setup.languages, m_stack), new FilesPage(setup.defaultDownloadFolder, m_stack)};
    for (PreferencesPage *page : std::as_const(m_pages)) {
        page->load(setup.current);
        m_stack->addWidget(page);
        m_list->addItem(page->title());
    }
    m_list->setSpacing(3);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_locationLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    retranslate();
    if (m_loadFailed)
        setStatus(tr("The settings file cannot be read, so nothing can be saved until it is fixed: %1")
                      .arg(setup.loadProblem),
                  true);
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

bool PreferencesDialog::apply()
{
    if (m_loadFailed)
        return false;  // the message is already shown
    Preferences next;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (const auto problem = m_pages.at(i)->store(next)) {
            // Asked again once its page shows, so that the field can take the focus.
            m_list->setCurrentRow(i);
            m_pages.at(i)->store(next);
            setStatus(*problem, true);
            return false;
        }
    }
    if (const auto failed = m_applier(next)) {
        setStatus(tr("The preferences could not be saved: %1").arg(*failed), true);
        return false;
    }
    // Compared with the values at opening, which the running session started from.
    setStatus(m_atOpening.engine.needsRestartFor(next.engine)
                  ? tr("Preferences saved. Profile and network changes take effect the next time Swarmscope starts.")
                  : tr("Preferences saved."),
              false);
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString PreferencesDialog::statusText() const
{
    return m_status->text();
}

int PreferencesDialog::pageCount() const
{
    return int(m_pages.size());
}

void PreferencesDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

void PreferencesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? ColorScheme::errorText(ColorScheme::isDark(this->palette()))
                           : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_list->item(i)->setText(m_pages.at(i)->title());
    m_locationLabel->setText(tr("Network, profile and files settings are kept in %1, which swarmscope-node reads too.")
                                 .arg(QDir::toNativeSeparators(m_location)));
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 16);
}

}  // namespace swarmscope::ui
