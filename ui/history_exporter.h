#pragma once

#include "store/history_export.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace swarmscope::ui {

class EngineClient;

// File ▸ Export Room History…: asks where, and writes the current room's stored history as JSON
// or plain text by the filter chosen (the formats: docs/USER_GUIDE.md).
class HistoryExporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExporter)

public:
    HistoryExporter(EngineClient &engine, std::function<QString()> currentRoom, QWidget *dialogParent);

    QAction *action() const { return m_action; }
    // Without a dialog: what the action does once a file is chosen.
    void exportRoom(const QString &room, const QString &path, HistoryFormat format);
    void retranslate();

signals:
    void statusMessage(const QString &text);
    void exported(const QString &room, const QString &path, int messages);

private:
    void chooseFile();

    EngineClient &m_engine;
    std::function<QString()> m_currentRoom;
    QWidget *m_dialogParent;
    QAction *m_action;
};

}  // namespace swarmscope::ui
