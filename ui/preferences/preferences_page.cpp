#include "preferences_page.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace swarmscope::ui {

PreferencesPage::PreferencesPage(Takes takes, const char *objectName, QWidget *parent)
    : QWidget(parent)
    , m_takes(takes)
    , m_form(new QFormLayout)
    , m_note(new QLabel(this))
{
    setObjectName(QLatin1String(objectName));
    m_note->setObjectName(QLatin1String(objectName) + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void PreferencesPage::finishLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_note);
    retranslate();
    m_note->setText(noteText());
}

QString PreferencesPage::noteText() const
{
    return m_takes == Takes::Restart ? tr("Changes on this page take effect the next time Swarmscope starts.")
                                     : tr("Changes on this page take effect at once.");
}

void PreferencesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_note->setText(noteText());
    }
    QWidget::changeEvent(event);
}

}  // namespace swarmscope::ui
