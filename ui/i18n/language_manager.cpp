#include "language_manager.h"

#include "resources_init.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace swarmscope::ui {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("swarmscope_");
}  // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{
    initResources();
}

LanguageManager::~LanguageManager()
{
    unload();
}

bool LanguageManager::load(const QLocale &locale)
{
    unload();
    m_locale = locale;

    auto app = std::make_unique<QTranslator>();
    // QTranslator walks locale.uiLanguages() (de_AT, de, ...) and picks the first catalogue found.
    bool appLoaded = app->load(locale, QStringLiteral("swarmscope"), QStringLiteral("_"), kCatalogueDir);
    // Languages without a catalogue (and the C locale) get the source language, English, whose
    // catalogue supplies the plural forms.
    if (!appLoaded)
        appLoaded = app->load(kPrefix + QStringLiteral("en"), kCatalogueDir);
    auto qt = std::make_unique<QTranslator>();
    m_qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_qtLoaded) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    if (appLoaded) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    return appLoaded;
}

void LanguageManager::unload()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_qtLoaded = false;
}

QStringList LanguageManager::availableLanguages()
{
    initResources();
    QStringList languages;
    const QStringList files =
        QDir(kCatalogueDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(kPrefix.size()).chopped(3));
    return languages;
}

}  // namespace swarmscope::ui
