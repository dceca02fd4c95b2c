#include "history_exporter.h"

#include "client/engine_client.h"
#include "format/error_text.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace swarmscope::ui {

HistoryExporter::HistoryExporter(EngineClient &engine, std::function<QString()> currentRoom, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_engine(engine)
    , m_currentRoom(std::move(currentRoom))
    , m_dialogParent(dialogParent)
    , m_action(new QAction(this))
{
    setObjectName(QStringLiteral("historyExporter"));
    m_action->setObjectName(QStringLiteral("exportHistoryAction"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_action, &QAction::triggered, this, &HistoryExporter::chooseFile);
    retranslate();
}

void HistoryExporter::chooseFile()
{
    const QString room = m_currentRoom();
    if (room.isEmpty()) {
        emit statusMessage(tr("Pick a room to export its history"));
        return;
    }
    const QString jsonFilter = tr("JSON (*.json)");
    const QString textFilter = tr("Plain text (*.txt)");
    QString filter = jsonFilter;
    QString safeName = room;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(safeName + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export the History of %1").arg(room), start,
                                                jsonFilter + QStringLiteral(";;") + textFilter, &filter);
    if (path.isEmpty())
        return;
    const HistoryFormat format = filter == textFilter ? HistoryFormat::Text : HistoryFormat::Json;
    // The filter decides the format; a name without the matching extension gets it.
    const QString suffix = format == HistoryFormat::Json ? QStringLiteral(".json") : QStringLiteral(".txt");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportRoom(room, path, format);
}

void HistoryExporter::exportRoom(const QString &room, const QString &path, HistoryFormat format)
{
    m_engine.exportHistory(room, path, format, this, [this, room, path](const Result<int> &written) {
        if (!written) {
            emit statusMessage(tr("History not exported: %1").arg(ErrorText::describe(written.error())));
            return;
        }
        emit statusMessage(
            tr("Wrote %n message(s) of %1 to %2", nullptr, *written).arg(room, QDir::toNativeSeparators(path)));
        emit exported(room, path, *written);
    });
}

void HistoryExporter::retranslate()
{
    m_action->setText(tr("&Export Room History…"));
    m_action->setToolTip(tr("Save the current room's history as JSON or plain text"));
}

}  // namespace swarmscope::ui
