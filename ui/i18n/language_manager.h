#pragma once

#include <QLocale>
#include <QObject>

#include <memory>

class QTranslator;

namespace swarmscope::ui {

// Installs the application's embedded translation (:/i18n/swarmscope_<lang>.qm) and Qt's own
// qtbase catalogue for a locale, replacing whatever it installed before. Installing a
// translator sends QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Returns true when a catalogue was installed: the locale's own, or else English (plurals only).
    bool load(const QLocale &locale);
    void unload();

    QLocale locale() const { return m_locale; }
    bool hasQtCatalogue() const { return m_qtLoaded; }
    // Languages with an embedded catalogue, e.g. "de", "en".
    static QStringList availableLanguages();

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QLocale m_locale;
    bool m_qtLoaded = false;
};

}  // namespace swarmscope::ui
